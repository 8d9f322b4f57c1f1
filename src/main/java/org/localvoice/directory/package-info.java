/**
 * Directory: the national care-services directory (providers, commissioners, premises), each network's
 * local notes on premises, directory imports (CQC care directory, NHS ODS epraccur and etr) and Find your
 * LINk (postcode to local authority to network). Public face: {@link org.localvoice.directory.Directory},
 * its records and the event {@link org.localvoice.directory.DirectoryEntryChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"shared", "tenancy", "access", "audit"})
package org.localvoice.directory;
