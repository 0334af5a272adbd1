-- Rules of the Smart City Cooperation team registry, applied by "Publish to the team registry"
-- inside the publishing transaction, after the tables exist and before their rows are copied
-- (so a row that breaks a rule is named in the error).
-- Tables, columns and indexes come from the GeoPackage itself; this file adds what SQLite
-- could not hold: sane years, known codes, and the columns that keep concurrent edits apart.

ALTER TABLE smartcity.projects
    ADD CONSTRAINT projects_start_year_sane CHECK (start_year BETWEEN 1945 AND 2100),
    ADD CONSTRAINT projects_end_year_sane CHECK (end_year BETWEEN 1945 AND 2100),
    ADD CONSTRAINT projects_years_in_order CHECK (end_year >= start_year),
    ADD CONSTRAINT projects_amount_not_negative CHECK (amount_usd >= 0),
    ADD CONSTRAINT projects_status_known CHECK (status IN ('planned', 'ongoing', 'completed', 'unknown')),
    ADD CONSTRAINT projects_finance_type_known
        CHECK (finance_type IN ('grant', 'loan', 'commercial', 'in_kind', 'unknown')),
    ADD CONSTRAINT projects_sector_primary_known
        FOREIGN KEY (sector_primary) REFERENCES smartcity.sectors (code);

ALTER TABLE smartcity.ascn_cities
    ADD CONSTRAINT ascn_cities_year_joined_sane CHECK (year_joined BETWEEN 2018 AND 2100);

ALTER TABLE smartcity.flood_coverage
    ADD CONSTRAINT flood_coverage_start_year_sane CHECK (start_year BETWEEN 1945 AND 2100),
    ADD CONSTRAINT flood_coverage_end_year_sane CHECK (end_year BETWEEN 1945 AND 2100),
    ADD CONSTRAINT flood_coverage_years_in_order CHECK (end_year >= start_year),
    ADD CONSTRAINT flood_coverage_stations_not_negative CHECK (stations >= 0);

-- Every code in a project's ;-separated sector list must be in the sectors table (for edits).
CREATE FUNCTION smartcity.check_sector_list() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
    unknown text;
BEGIN
    -- The sectors table next to the project's (a replaced registry keeps checking its own).
    EXECUTE format('SELECT string_agg(listed.item, '', '') '
                   'FROM unnest(string_to_array(coalesce($1, ''''), '';'')) AS listed (item) '
                   'WHERE listed.item <> '''' AND NOT EXISTS '
                   '(SELECT 1 FROM %I.sectors s WHERE s.code = listed.item)', TG_TABLE_SCHEMA)
        INTO unknown USING NEW.sectors;
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'Smart City registry: project % names unknown sector codes: %.', NEW.project_id, unknown
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Use the codes of the sectors table (water, mobility.smart_parking, ...).';
    END IF;
    RETURN NEW;
END $$;

-- Its trigger comes with registry_versions.sql: the published rows are checked at once, faster.

-- Who changed a record last, and which version it is. row_version counts saved changes;
-- base_version is what a change says it was made on (see registry_versions.sql).
ALTER TABLE smartcity.projects
    ADD COLUMN row_version integer NOT NULL DEFAULT 1,
    ADD COLUMN base_version integer,
    ADD COLUMN updated_by text NOT NULL DEFAULT session_user,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT clock_timestamp();
ALTER TABLE smartcity.ascn_cities
    ADD COLUMN row_version integer NOT NULL DEFAULT 1,
    ADD COLUMN base_version integer,
    ADD COLUMN updated_by text NOT NULL DEFAULT session_user,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT clock_timestamp();
ALTER TABLE smartcity.flood_coverage
    ADD COLUMN row_version integer NOT NULL DEFAULT 1,
    ADD COLUMN base_version integer,
    ADD COLUMN updated_by text NOT NULL DEFAULT session_user,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT clock_timestamp();
