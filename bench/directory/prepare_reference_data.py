#!/usr/bin/env python3
"""Prepares the directory reference data that Local Voice ships (src/main/resources/reference/directory).

Run once by a maintainer when the source extracts change; the application never reads the sources.
Usage: python3 bench/directory/prepare_reference_data.py SOURCE_DIR
SOURCE_DIR holds the folders cqc-directory-2016-sample, nhs-ods and trafford-data-lab (see
docs/data-sources.md for where each comes from and its licence).

- copies the CQC 2016 sample, the NHS trusts (etr), the ICB names and codes and the Greater Manchester
  pharmacies unchanged;
- writes trafford-gp-practices-epraccur.csv: the ODS GP-practice rows (epraccur layout with header)
  whose postcode and name match Trafford Data Lab's list of Trafford practices;
- writes trafford-local-services.csv in the Local Voice directory layout: Trafford care homes (CQC),
  Greater Manchester pharmacies filtered to Trafford (la_code E08000009) and Trafford Council's list of
  mental health services.
"""
import csv
import os
import shutil
import sys

TRAFFORD = "E08000009"
LOCAL_HEADER = ["name", "service_types", "address", "postcode", "local_authority_code", "telephone", "website",
                "ods_code", "cqc_location_id", "cqc_provider_id", "provider_name", "provider_kind", "description",
                "opening_hours", "last_inspected"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(src, out):
    os.makedirs(out, exist_ok=True)
    shutil.copyfile(os.path.join(src, "cqc-directory-2016-sample/cqc_directory_sample_2016.csv"),
                    os.path.join(out, "cqc-directory-2016-sample.csv"))
    shutil.copyfile(os.path.join(src, "nhs-ods/nhs_trusts_etr_2025.csv"), os.path.join(out, "nhs-trusts-etr-2025.csv"))
    shutil.copyfile(os.path.join(src, "nhs-ods/icb_names_codes_dec_2024.csv"),
                    os.path.join(out, "icb-names-codes-dec-2024.csv"))
    # All ten Greater Manchester boroughs: evidence for the postcode-district table (Find your LINk).
    shutil.copyfile(os.path.join(src, "trafford-data-lab/gm_pharmacies.csv"), os.path.join(out, "gm-pharmacies.csv"))

    gp = read(os.path.join(src, "nhs-ods/gp_practices_active_england_2025.csv"))
    trafford_gp = read(os.path.join(src, "trafford-data-lab/trafford_general_practices.csv"))
    wanted = {(r["postcode"], r["name"].upper()) for r in trafford_gp}
    with open(os.path.join(src, "nhs-ods/gp_practices_active_england_2025.csv"), newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    with open(os.path.join(out, "trafford-gp-practices-epraccur.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in gp:
            if (r["postcode"], r["name"]) in wanted:
                w.writerow(r)

    rows = []
    for r in read(os.path.join(src, "trafford-data-lab/trafford_care_homes.csv")):
        rows.append({"name": r["name"], "service_types": r["type"], "address": r["address"].replace(",", ", "),
                     "postcode": r["postcode"], "local_authority_code": TRAFFORD, "telephone": r["telephone"],
                     "website": "" if r["website"] == "NA" else r["website"], "cqc_location_id": r["cqc_id"],
                     "provider_name": r["provider"], "provider_kind": "INDEPENDENT",
                     "last_inspected": r["inspection_date"]})
    for r in read(os.path.join(src, "trafford-data-lab/gm_pharmacies.csv")):
        if r["la_code"] != TRAFFORD:
            continue
        hours = "; ".join(d.capitalize() + " " + r["opening_hours_" + d] for d in DAYS)
        rows.append({"name": r["pharmacy_name"], "service_types": "PHARMACY", "address": r["address"],
                     "postcode": r["postcode"], "local_authority_code": TRAFFORD,
                     "ods_code": r["organisation_data_service_code"], "opening_hours": hours})
    for r in read(os.path.join(src, "trafford-data-lab/trafford_mental_health_services.csv")):
        rows.append({"name": r["name"], "service_types": "MENTAL_HEALTH_SUPPORT", "address": r["address"],
                     "postcode": r["postcode"], "telephone": r["telephone"], "website": r["website"],
                     "description": r["description"]})
    with open(os.path.join(out, "trafford-local-services.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=LOCAL_HEADER, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in LOCAL_HEADER})


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1], os.path.join(here, "../../src/main/resources/reference/directory"))
