-- One LINk per local authority (Local Government and Public Involvement in Health Act 2007, s.221).
DROP INDEX tenancy_network_la_idx;
ALTER TABLE tenancy_network ADD CONSTRAINT tenancy_network_la_uq UNIQUE (local_authority);
