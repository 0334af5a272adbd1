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

CREATE FUNCTION smartcity.check_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    record_id text := to_jsonb(OLD) ->> TG_ARGV[0];
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.row_version := 1;
    ELSE
        IF NEW.base_version IS NULL THEN
            RAISE EXCEPTION 'Smart City registry: % % was not saved: the change does not say which version of the record it was made on.', TG_TABLE_NAME, record_id
                USING ERRCODE = 'check_violation',
                      HINT = 'Edit the registry in QGIS with the Smart City Cooperation plugin, or set base_version to the row_version you read.';
        END IF;
        IF NEW.base_version <> OLD.row_version THEN
            RAISE EXCEPTION 'Smart City registry: % % was changed by % at % (version %) after you loaded version %; your change was not saved.',
                TG_TABLE_NAME, record_id, OLD.updated_by, to_char(OLD.updated_at, 'YYYY-MM-DD HH24:MI:SS TZ'),
                OLD.row_version, NEW.base_version
                USING ERRCODE = 'serialization_failure',
                      HINT = 'Your version is kept in your edit session and in smartcity.audit_log. Reload the layer to see the newer version, then make your change again.';
        END IF;
        NEW.row_version := OLD.row_version + 1;
    END IF;
    NEW.base_version := NULL;
    NEW.updated_by := session_user;
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END $$;

-- SECURITY DEFINER: editors write the audit only through this trigger, never directly.
-- The audit table is found next to the changed table: a replaced registry, renamed to
-- smartcity_replaced_<time>, keeps its own history.
CREATE FUNCTION smartcity.write_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    statement text := format('INSERT INTO %I.audit_log (table_name, record_fid, record_id, action, row_version, '
                             'changed_by, old_row, new_row) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
                             TG_TABLE_SCHEMA);
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE statement USING TG_TABLE_NAME, OLD.fid, to_jsonb(OLD) ->> TG_ARGV[0], 'delete', OLD.row_version,
            session_user, to_jsonb(OLD), NULL::jsonb;
        RETURN OLD;
    END IF;
    EXECUTE statement USING TG_TABLE_NAME, NEW.fid, to_jsonb(NEW) ->> TG_ARGV[0], lower(TG_OP), NEW.row_version,
        session_user, CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW);
    RETURN NEW;
END $$;

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

-- The plugin files a refused change here (the refused UPDATE itself was rolled back).
CREATE FUNCTION smartcity.record_conflict(p_table text, p_fid integer, p_base_version integer, p_attempt jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    id_column text := CASE p_table WHEN 'projects' THEN 'project_id' WHEN 'ascn_cities' THEN 'city_id'
                                   WHEN 'flood_coverage' THEN 'system_id' END;
    current_row jsonb;
    new_id bigint;
BEGIN
    IF id_column IS NULL THEN
        RAISE EXCEPTION 'Smart City registry: % is not an editable table.', p_table;
    END IF;
    EXECUTE format('SELECT to_jsonb(t) FROM smartcity.%I AS t WHERE t.fid = $1', p_table)
        INTO current_row USING p_fid;
    INSERT INTO smartcity.audit_log (table_name, record_fid, record_id, action, row_version, changed_by,
                                     old_row, new_row, note)
    VALUES (p_table, p_fid, coalesce(p_attempt ->> id_column, current_row ->> id_column), 'conflict',
            p_base_version, session_user, current_row, p_attempt,
            format('Not saved: made on version %s while the registry held version %s.',
                   p_base_version, current_row ->> 'row_version'))
    RETURNING audit_id INTO new_id;
    RETURN new_id;
END $$;
REVOKE ALL ON FUNCTION smartcity.record_conflict(text, integer, integer, jsonb) FROM PUBLIC;

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
