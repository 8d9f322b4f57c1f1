-- Enter and View: images of criminal records certificates, kept only when the network chooses to keep them,
-- apart from the representative record, one per representative (for their current check).

CREATE TABLE visits_certificate_image (
  id                 UUID PRIMARY KEY,
  version            BIGINT NOT NULL,
  network_id         UUID NOT NULL REFERENCES tenancy_network (id),
  representative_id  UUID NOT NULL REFERENCES visits_representative (id),
  check_on           DATE NOT NULL,
  content_type       VARCHAR(40) NOT NULL,
  size_bytes         INT NOT NULL,
  content            BYTEA NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(120),
  updated_at         TIMESTAMP WITH TIME ZONE,
  updated_by         VARCHAR(120)
);
CREATE UNIQUE INDEX visits_certificate_image_rep_idx ON visits_certificate_image (network_id, representative_id);
