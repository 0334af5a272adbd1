-- Versions and audit of the Smart City Cooperation team registry, applied by "Publish to the
-- team registry" in the publishing transaction, after the rows are copied (the audit starts
-- empty: registry_info says who published what).
--
-- Two planners must never silently overwrite each other. QGIS saves a change as an UPDATE of
-- the changed columns only, so the database cannot know which version the planner saw unless
-- the change says so: every UPDATE must set base_version to the row_version it was made on
-- (the plugin does this when edits are saved). A change made on an older version is refused
-- with a clear message; the plugin then files the refused version in the audit log, so both
-- versions stay recoverable.

CREATE TABLE smartcity.audit_log (
    audit_id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    record_fid integer,
    record_id text,
    action text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'conflict')),
    row_version integer,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    old_row jsonb,
    new_row jsonb,
    note text
);
CREATE INDEX audit_log_record_idx ON smartcity.audit_log (table_name, record_fid);
CREATE INDEX audit_log_record_id_idx ON smartcity.audit_log (record_id);
CREATE INDEX audit_log_changed_at_idx ON smartcity.audit_log (changed_at);
COMMENT ON TABLE smartcity.audit_log IS
    'Every saved change to projects, ascn_cities and flood_coverage (old and new row as JSON), '
    'and every change refused because the record had changed meanwhile (action conflict).';

-- The trigger functions (check_sector_list, check_version, write_audit) and record_conflict are in
-- registry_functions.sql, owned by smartcity_owner and callable by nobody.

CREATE TRIGGER projects_sector_list_known
    BEFORE INSERT OR UPDATE OF sectors ON smartcity.projects
    FOR EACH ROW EXECUTE FUNCTION smartcity.check_sector_list();
CREATE TRIGGER projects_version BEFORE INSERT OR UPDATE ON smartcity.projects
    FOR EACH ROW EXECUTE FUNCTION smartcity.check_version('project_id');
CREATE TRIGGER projects_audit AFTER INSERT OR UPDATE OR DELETE ON smartcity.projects
    FOR EACH ROW EXECUTE FUNCTION smartcity.write_audit('project_id');
CREATE TRIGGER ascn_cities_version BEFORE INSERT OR UPDATE ON smartcity.ascn_cities
    FOR EACH ROW EXECUTE FUNCTION smartcity.check_version('city_id');
CREATE TRIGGER ascn_cities_audit AFTER INSERT OR UPDATE OR DELETE ON smartcity.ascn_cities
    FOR EACH ROW EXECUTE FUNCTION smartcity.write_audit('city_id');
CREATE TRIGGER flood_coverage_version BEFORE INSERT OR UPDATE ON smartcity.flood_coverage
    FOR EACH ROW EXECUTE FUNCTION smartcity.check_version('system_id');
CREATE TRIGGER flood_coverage_audit AFTER INSERT OR UPDATE OR DELETE ON smartcity.flood_coverage
    FOR EACH ROW EXECUTE FUNCTION smartcity.write_audit('system_id');

-- Who may do what: smartcity_reader views and filters; smartcity_editor also edits the three
-- map layers (never the reference tables, nor the audit). Roles the publisher could not
-- create are left out; the publish result says so.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'smartcity_reader') THEN
        GRANT USAGE ON SCHEMA smartcity TO smartcity_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA smartcity TO smartcity_reader;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'smartcity_editor') THEN
        GRANT USAGE ON SCHEMA smartcity TO smartcity_editor;
        GRANT SELECT ON ALL TABLES IN SCHEMA smartcity TO smartcity_editor;
        GRANT INSERT, UPDATE, DELETE ON smartcity.projects, smartcity.ascn_cities, smartcity.flood_coverage
            TO smartcity_editor;
        GRANT USAGE ON SEQUENCE smartcity.projects_fid_seq, smartcity.ascn_cities_fid_seq,
            smartcity.flood_coverage_fid_seq TO smartcity_editor;
        GRANT EXECUTE ON FUNCTION smartcity.record_conflict(text, integer, integer, jsonb) TO smartcity_editor;
    END IF;
END $$;
