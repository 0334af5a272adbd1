-- Functions of one Smart City Cooperation registry schema, applied by "Publish to the team
-- registry" (for schema smartcity, and for a registry it renames out of the way) and by
-- "Upgrade the team registry" (for every registry schema). @schema@ is the schema's quoted
-- name, @schema_text@ the same as a string literal. Idempotent: CREATE OR REPLACE keeps the
-- triggers that use the functions.
--
-- Run as the dedicated NOLOGIN role smartcity_owner, which then owns them: a SECURITY DEFINER
-- function has its owner's rights, and that owner may do nothing but keep the registry.
-- Every function fixes search_path to pg_catalog, pg_temp (pg_temp last: a session's own
-- temporary tables and types can never stand in for the catalog's), and names every table
-- with its schema, so no object a user creates (in public, in pg_temp) is ever run by them.
-- Nobody may call them (EXECUTE revoked from PUBLIC below); triggers need no EXECUTE right.

-- Every code in a project's ;-separated sector list must be in the sectors table.
CREATE OR REPLACE FUNCTION @schema@.check_sector_list() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    unknown text;
BEGIN
    SELECT pg_catalog.string_agg(listed.item, ', ') INTO unknown
    FROM pg_catalog.unnest(pg_catalog.string_to_array(coalesce(NEW.sectors, ''), ';')) AS listed (item)
    WHERE listed.item <> '' AND NOT EXISTS (SELECT 1 FROM @schema@.sectors AS s WHERE s.code = listed.item);
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'Smart City registry: project % names unknown sector codes: %.', NEW.project_id, unknown
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Use the codes of the sectors table (water, mobility.smart_parking, ...).';
    END IF;
    RETURN NEW;
END $$;

-- Versions: a change must name the version it was made on; fid never changes nor comes back.
CREATE OR REPLACE FUNCTION @schema@.check_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    record_id text := pg_catalog.to_jsonb(OLD) ->> TG_ARGV[0];
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- A deleted record's fid names its history in the audit log: a new record gets its own.
        IF EXISTS (SELECT 1 FROM @schema@.audit_log AS a
                   WHERE a.table_name = TG_TABLE_NAME AND a.record_fid = NEW.fid) THEN
            RAISE EXCEPTION 'Smart City registry: % fid % belonged to a deleted record; a new record gets a new fid.',
                TG_TABLE_NAME, NEW.fid
                USING ERRCODE = 'unique_violation', HINT = 'Leave fid out of the INSERT: the database numbers records.';
        END IF;
        NEW.row_version := 1;
    ELSE
        IF NEW.fid IS DISTINCT FROM OLD.fid THEN
            RAISE EXCEPTION 'Smart City registry: % % keeps its fid %: a record''s history is filed under it.',
                TG_TABLE_NAME, record_id, OLD.fid
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.base_version IS NULL THEN
            RAISE EXCEPTION 'Smart City registry: % % was not saved: the change does not say which version of the record it was made on.', TG_TABLE_NAME, record_id
                USING ERRCODE = 'check_violation',
                      HINT = 'Edit the registry in QGIS with the Smart City Cooperation plugin, or set base_version to the row_version you read.';
        END IF;
        IF NEW.base_version <> OLD.row_version THEN
            RAISE EXCEPTION 'Smart City registry: % % was changed by % at % (version %) after you loaded version %; your change was not saved.',
                TG_TABLE_NAME, record_id, OLD.updated_by, pg_catalog.to_char(OLD.updated_at, 'YYYY-MM-DD HH24:MI:SS TZ'),
                OLD.row_version, NEW.base_version
                USING ERRCODE = 'serialization_failure',
                      HINT = 'Your version is kept in your edit session and in smartcity.audit_log. Reload the layer to see the newer version, then make your change again.';
        END IF;
        NEW.row_version := OLD.row_version + 1;
    END IF;
    NEW.base_version := NULL;
    NEW.updated_by := session_user;
    NEW.updated_at := pg_catalog.clock_timestamp();
    RETURN NEW;
END $$;

-- SECURITY DEFINER: editors write the audit only through this trigger, never directly. It
-- accepts only this schema's three editable tables (by their oid), as an AFTER ROW trigger
-- with the table's own id column: attached to anything else it refuses.
CREATE OR REPLACE FUNCTION @schema@.write_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    id_column text := CASE TG_TABLE_NAME WHEN 'projects' THEN 'project_id' WHEN 'ascn_cities' THEN 'city_id'
                                         WHEN 'flood_coverage' THEN 'system_id' END;
BEGIN
    IF TG_WHEN <> 'AFTER' OR TG_LEVEL <> 'ROW'
       OR TG_RELID NOT IN ('@schema@.projects'::pg_catalog.regclass, '@schema@.ascn_cities'::pg_catalog.regclass,
                           '@schema@.flood_coverage'::pg_catalog.regclass)
       OR TG_NARGS <> 1 OR TG_ARGV[0] IS DISTINCT FROM id_column
    THEN
        RAISE EXCEPTION 'Smart City registry: the audit trigger serves only the registry''s own tables, not %.%.',
            TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO @schema@.audit_log (table_name, record_fid, record_id, action, row_version, changed_by,
                                        old_row, new_row)
        VALUES (TG_TABLE_NAME, OLD.fid, pg_catalog.to_jsonb(OLD) ->> TG_ARGV[0], 'delete', OLD.row_version,
                session_user, pg_catalog.to_jsonb(OLD), NULL);
        RETURN OLD;
    END IF;
    INSERT INTO @schema@.audit_log (table_name, record_fid, record_id, action, row_version, changed_by,
                                    old_row, new_row)
    VALUES (TG_TABLE_NAME, NEW.fid, pg_catalog.to_jsonb(NEW) ->> TG_ARGV[0], pg_catalog.lower(TG_OP),
            NEW.row_version, session_user, CASE WHEN TG_OP = 'UPDATE' THEN pg_catalog.to_jsonb(OLD) END,
            pg_catalog.to_jsonb(NEW));
    RETURN NEW;
END $$;

-- The plugin files a refused change here (the refused UPDATE itself was rolled back). Only for
-- a version the registry really refuses: the record has moved past p_base_version, or was
-- deleted at or after it. Once per record, version and planner; the attempt may only hold the
-- table's own columns, and record, version and planner come from the registry, not the caller.
CREATE OR REPLACE FUNCTION @schema@.record_conflict(p_table text, p_fid integer, p_base_version integer,
                                                   p_attempt jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    id_column text := CASE p_table WHEN 'projects' THEN 'project_id' WHEN 'ascn_cities' THEN 'city_id'
                                   WHEN 'flood_coverage' THEN 'system_id' END;
    stored jsonb;
    stored_version integer;
    deleted boolean := false;
    unknown_keys text;
    filed bigint;
BEGIN
    IF id_column IS NULL THEN
        RAISE EXCEPTION 'Smart City registry: % is not an editable table.', p_table
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT pg_catalog.has_table_privilege(session_user, pg_catalog.format('%I.%I', @schema_text@, p_table), 'UPDATE')
    THEN
        RAISE EXCEPTION 'Smart City registry: your role may not edit %, so it has no refused change to file.', p_table
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_table = 'projects' THEN
        SELECT pg_catalog.to_jsonb(t) INTO stored FROM @schema@.projects AS t WHERE t.fid = p_fid;
    ELSIF p_table = 'ascn_cities' THEN
        SELECT pg_catalog.to_jsonb(t) INTO stored FROM @schema@.ascn_cities AS t WHERE t.fid = p_fid;
    ELSE
        SELECT pg_catalog.to_jsonb(t) INTO stored FROM @schema@.flood_coverage AS t WHERE t.fid = p_fid;
    END IF;
    IF stored IS NULL THEN  -- deleted meanwhile: the audit log keeps it whole
        SELECT a.old_row INTO stored FROM @schema@.audit_log AS a
        WHERE a.table_name = p_table AND a.record_fid = p_fid AND a.action = 'delete'
        ORDER BY a.audit_id DESC LIMIT 1;
        deleted := true;
    END IF;
    IF stored IS NULL THEN
        RAISE EXCEPTION 'Smart City registry: % has no record with fid %, nor had one.', p_table, p_fid
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    stored_version := (stored ->> 'row_version')::integer;
    IF (NOT deleted AND (p_base_version IS NULL OR p_base_version < 1 OR p_base_version >= stored_version))
       OR (deleted AND p_base_version IS NOT NULL AND (p_base_version < 1 OR p_base_version > stored_version)) THEN
        RAISE EXCEPTION 'Smart City registry: no conflict to file: % % is at version %, and a change made on version % is not refused.',
            p_table, stored ->> id_column, stored_version, coalesce(p_base_version::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_attempt IS NULL OR pg_catalog.jsonb_typeof(p_attempt) <> 'object'
       OR pg_catalog.octet_length(p_attempt::text) > 8388608 THEN
        RAISE EXCEPTION 'Smart City registry: the refused version must be one record as a JSON object (at most 8 MB).'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT pg_catalog.string_agg(k.key, ', ') INTO unknown_keys
    FROM pg_catalog.jsonb_object_keys(p_attempt) AS k (key)
    WHERE NOT stored ? k.key;
    IF unknown_keys IS NOT NULL THEN
        RAISE EXCEPTION 'Smart City registry: % has no column %.', p_table, unknown_keys
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT a.audit_id INTO filed FROM @schema@.audit_log AS a
    WHERE a.action = 'conflict' AND a.table_name = p_table AND a.record_fid = p_fid
      AND a.row_version IS NOT DISTINCT FROM p_base_version AND a.changed_by = session_user
    ORDER BY a.audit_id LIMIT 1;
    IF filed IS NOT NULL THEN
        RETURN filed;  -- filed already: a second try of the same stale version adds nothing
    END IF;
    INSERT INTO @schema@.audit_log (table_name, record_fid, record_id, action, row_version, changed_by,
                                    old_row, new_row, note)
    VALUES (p_table, p_fid, stored ->> id_column, 'conflict', p_base_version, session_user, stored, p_attempt,
            CASE WHEN deleted
                 THEN pg_catalog.format('Not saved: made on version %s of a record deleted at version %s.',
                                        coalesce(p_base_version::text, '?'), stored_version::text)
                 ELSE pg_catalog.format('Not saved: made on version %s while the registry held version %s.',
                                        p_base_version::text, stored_version::text) END)
    RETURNING audit_id INTO filed;
    RETURN filed;
END $$;

REVOKE ALL ON FUNCTION @schema@.check_sector_list() FROM PUBLIC;
REVOKE ALL ON FUNCTION @schema@.check_version() FROM PUBLIC;
REVOKE ALL ON FUNCTION @schema@.write_audit() FROM PUBLIC;
REVOKE ALL ON FUNCTION @schema@.record_conflict(text, integer, integer, jsonb) FROM PUBLIC;
