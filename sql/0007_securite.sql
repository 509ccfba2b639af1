-- Who may see and change what (RGPD: staff personal data of a public employer), enforced by
-- PostgreSQL itself: four group roles, privileges per table, row-level security keyed on
-- `current_user` for centre managers, report views without personal data for the Region, and
-- an append-only audit trail filled by triggers.
--
-- Run as a superuser (the migration creates roles). From here on, tables and views belong to
-- masante_admin; a later migration starts with `SET LOCAL ROLE masante_admin;` so that what it
-- creates belongs to it too, and grants what each role needs. The audit trail and the login
-- functions stay owned by the migrating superuser: masante_admin only reads the trail.

-- Group roles, shared by every database of the cluster: created once, by whichever database
-- migrates first (two migrating at once: the loser finds the role made).
-- The comment is written by the creator only: two databases commenting the same role at once
-- would race on the shared catalog row.
DO $$
DECLARE
    group_role text;
    roles constant text[][] := ARRAY[
        ['masante_admin', 'masante : administration (propriétaire du schéma, lecture de l''audit).'],
        ['masante_rh', 'masante : RH du GIP (personnes, contrats, affectations, centres ; plannings en lecture).'],
        ['masante_responsable', 'masante : responsable de centre (plannings, horaires et activité de ses centres).'],
        ['masante_region', 'masante : Région (rapports agrégés, sans données personnelles).']];
BEGIN
    FOR i IN 1 .. array_length(roles, 1) LOOP
        group_role := roles[i][1];
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = group_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
                EXECUTE format('COMMENT ON ROLE %I IS %L', group_role, roles[i][2]);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END $$;

-- Which centres each manager's login runs.
CREATE TABLE centre_managers (
    login      name NOT NULL,
    centre_id  bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    PRIMARY KEY (login, centre_id)
);
CREATE INDEX centre_managers_centre_idx ON centre_managers (centre_id);

-- The centres run by the current login (empty for anyone else). Invoker's rights: it reads
-- centre_managers through that table's own policy.
CREATE FUNCTION my_centres() RETURNS bigint[]
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT coalesce(array_agg(centre_id), '{}') FROM centre_managers WHERE login = current_user);

-- The Region's report reads these views only: counts, professions, dates, centres and FTEs,
-- never a name, an RPPS or a person's id. They run with their owner's rights (no RLS inside).
CREATE VIEW report_hires AS
WITH first_centre AS (
    SELECT DISTINCT ON (person_id) person_id, centre_id FROM assignments ORDER BY person_id, starts_on, id)
SELECT h.profession, h.counts_toward_goal, h.hired_on, f.centre_id AS first_centre_id
FROM hires h LEFT JOIN first_centre f ON f.person_id = h.person_id;

-- Contracts never overlap for one person, so contracts covering a day count people.
CREATE VIEW report_contracts AS
SELECT p.profession, profession_counts_toward_goal(p.profession) AS counts_toward_goal,
       c.starts_on, c.ends_on, c.fte
FROM contracts c JOIN people p ON p.id = c.person_id;

-- Neither assignments to one centre nor contracts overlap for one person, so rows covering a
-- day count the people present in each centre.
CREATE VIEW report_assignments AS
SELECT a.centre_id, p.profession, profession_counts_toward_goal(p.profession) AS counts_toward_goal,
       a.starts_on, a.ends_on, c.starts_on AS contract_starts_on, c.ends_on AS contract_ends_on,
       c.fte * a.share AS fte
FROM assignments a JOIN contracts c ON c.id = a.contract_id JOIN people p ON p.id = a.person_id;

-- Published-week changes and publications are written by the triggers below, whoever edits:
-- they run with their owner's rights (nobody else may insert into planning_changes) and
-- record the login, not the owner.
CREATE OR REPLACE FUNCTION shifts_published_lock() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    reason text := nullif(btrim(current_setting('masante.motif', true)), '');
    row_before shifts := CASE WHEN TG_OP <> 'INSERT' THEN OLD END;
    row_after shifts := CASE WHEN TG_OP <> 'DELETE' THEN NEW END;
    published boolean;
BEGIN
    SELECT bool_or(status = 'publiee') INTO published FROM planning_weeks w
    WHERE (w.centre_id, w.week) IN ((row_before.centre_id, row_before.week), (row_after.centre_id, row_after.week));
    IF published THEN
        IF reason IS NULL THEN
            RAISE EXCEPTION 'week % of centre % is published', coalesce(row_after.week, row_before.week),
                coalesce(row_after.centre_id, row_before.centre_id)
                USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'shifts_published_lock';
        END IF;
        INSERT INTO planning_changes (centre_id, week, operation, shift_id, changed_by, reason, before, after)
        VALUES (coalesce(row_after.centre_id, row_before.centre_id), coalesce(row_after.week, row_before.week),
                CASE TG_OP WHEN 'INSERT' THEN 'ajout' WHEN 'UPDATE' THEN 'modification' ELSE 'suppression' END,
                coalesce(row_after.id, row_before.id), session_user, reason,
                CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(row_before) END,
                CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(row_after) END);
    END IF;
    RETURN NULL;
END $$;
ALTER FUNCTION planning_weeks_publication() SECURITY DEFINER SET search_path = pg_catalog, public;

-- ---------------------------------------------------------------------------------------------
-- Audit trail: every insert, update and delete on the registry, schedules and activity.
-- ---------------------------------------------------------------------------------------------

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    login       text NOT NULL DEFAULT session_user,
    -- The role taken with SET ROLE, if any (a SECURITY DEFINER function's current_user is its owner).
    acting_role text DEFAULT nullif(current_setting('role'), 'none'),
    table_name  text NOT NULL,
    operation   text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    row_key     jsonb NOT NULL,
    before      jsonb,
    after       jsonb,
    -- An update that changed a row's key is logged as its old row and its new row, apart.
    CHECK (CASE operation WHEN 'INSERT' THEN before IS NULL AND after IS NOT NULL
                          WHEN 'DELETE' THEN after IS NULL AND before IS NOT NULL
                          ELSE before IS NOT NULL OR after IS NOT NULL END)
);
CREATE INDEX audit_log_changed_at_idx ON audit_log (changed_at);
CREATE INDEX audit_log_table_idx ON audit_log (table_name, changed_at);
CREATE INDEX audit_log_login_idx ON audit_log (login, changed_at);
COMMENT ON TABLE audit_log IS 'Journal d''audit : qui (connexion), quand, quelle ligne, avant et après. Ajout seulement.';

CREATE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The key of a row as JSON: the columns named in the trigger's arguments.
CREATE FUNCTION audit_row_key(row_data jsonb, key_columns text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT jsonb_object_agg(k, row_data -> k) FROM unnest(key_columns) AS k);

-- Statement-level triggers with transition tables: one INSERT … SELECT per statement, so a
-- 20,000-line import writes its trail in a few statements, not 20,000.
CREATE FUNCTION audit_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, row_key, after)
    SELECT TG_TABLE_NAME, 'INSERT', audit_row_key(to_jsonb(n), TG_ARGV), to_jsonb(n) FROM new_rows n;
    RETURN NULL;
END $$;

CREATE FUNCTION audit_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, row_key, before, after)
    SELECT TG_TABLE_NAME, 'UPDATE', coalesce(n.key, o.key), o.data, n.data
    FROM (SELECT audit_row_key(to_jsonb(r), TG_ARGV) AS key, to_jsonb(r) AS data FROM old_rows r) o
    FULL JOIN (SELECT audit_row_key(to_jsonb(r), TG_ARGV) AS key, to_jsonb(r) AS data FROM new_rows r) n
        ON n.key = o.key
    WHERE o.data IS DISTINCT FROM n.data;
    RETURN NULL;
END $$;

CREATE FUNCTION audit_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, row_key, before)
    SELECT TG_TABLE_NAME, 'DELETE', audit_row_key(to_jsonb(o), TG_ARGV), to_jsonb(o) FROM old_rows o;
    RETURN NULL;
END $$;

-- The audited tables and their keys.
DO $$
DECLARE
    audited constant text[][] := ARRAY[
        ['people', 'id'], ['contracts', 'id'], ['assignments', 'id'], ['recruitment_events', 'id'],
        ['centres', 'id'], ['sites', 'id'], ['collectivites', 'id'], ['centre_status_events', 'id'],
        ['opening_hours', 'centre_id,weekday,opens_at'], ['centre_managers', 'login,centre_id'],
        ['monthly_activity', 'centre_id,month'], ['planning_weeks', 'centre_id,week'], ['shifts', 'id'],
        ['centre_closures', 'centre_id,day'], ['centre_rule_settings', 'centre_id,rule'],
        ['centre_rule_limits', 'centre_id,name'], ['planning_templates', 'id'], ['settings', 'key']];
    keys text;
    i int;
BEGIN
    FOR i IN 1 .. array_length(audited, 1) LOOP
        keys := (SELECT string_agg(quote_literal(k), ', ') FROM unnest(string_to_array(audited[i][2], ',')) AS k);
        EXECUTE format('CREATE TRIGGER audit_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_inserted(%s)', audited[i][1], keys);
        EXECUTE format('CREATE TRIGGER audit_updated AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_updated(%s)', audited[i][1], keys);
        EXECUTE format('CREATE TRIGGER audit_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION audit_deleted(%s)', audited[i][1], keys);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Logins: created and removed through these two functions only, by masante_admin.
-- ---------------------------------------------------------------------------------------------

-- Creates a login in one of the four group roles; `verifier` is the password already hashed
-- by the client (libpq's PQencryptPasswordConn), so the password never travels in clear.
CREATE FUNCTION masante_create_login(login text, group_role text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    IF group_role NOT IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region') THEN
        RAISE EXCEPTION 'unknown group role %', group_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR login LIKE 'masante\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login name %', login USING ERRCODE = 'invalid_name';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'the password must arrive hashed with SCRAM-SHA-256' USING ERRCODE = 'invalid_password';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %L IN ROLE %I',
                   login, verifier, group_role);
END $$;

-- Removes a login made by masante_create_login (and nothing else: not a group role, not a
-- login outside masante's four roles), with its centres in this database.
CREATE FUNCTION masante_drop_login(login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT EXISTS (
        SELECT FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
        WHERE r.rolname = login AND r.rolcanlogin AND NOT r.rolsuper
          AND g.rolname IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region')) THEN
        RAISE EXCEPTION 'no masante login named %', login USING ERRCODE = 'undefined_object';
    END IF;
    DELETE FROM centre_managers m WHERE m.login = masante_drop_login.login;
    EXECUTE format('DROP ROLE %I', login);
END $$;

-- ---------------------------------------------------------------------------------------------
-- Ownership and privileges. PUBLIC has nothing.
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    object record;
    kept_by_migrator constant text[] := ARRAY['audit_log', 'audit_log_append_only', 'audit_row_key',
        'audit_inserted', 'audit_updated', 'audit_deleted', 'masante_create_login', 'masante_drop_login'];
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO masante_admin, masante_rh, masante_responsable, masante_region',
                   current_database());
    -- Tables and views (their identity sequences follow), outside any extension.
    FOR object IN
        SELECT c.oid::regclass AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relname <> ALL (kept_by_migrator) AND c.relname <> 'schema_migrations'
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO masante_admin', object.name);
    END LOOP;
    FOR object IN
        SELECT p.oid::regprocedure AS name, p.proname FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', object.name);
        IF object.proname <> ALL (kept_by_migrator) THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO masante_admin', object.name);
        END IF;
    END LOOP;
    FOR object IN
        SELECT t.oid::regtype AS name FROM pg_type t
        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'r')
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE ALL ON TYPE %s FROM PUBLIC', object.name);
        EXECUTE format('ALTER TYPE %s OWNER TO masante_admin', object.name);
        EXECUTE format('GRANT USAGE ON TYPE %s TO masante_rh, masante_responsable, masante_region', object.name);
    END LOOP;
END $$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO masante_admin, masante_rh, masante_responsable, masante_region;
GRANT CREATE ON SCHEMA public TO masante_admin;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE masante_admin REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE masante_admin REVOKE USAGE ON TYPES FROM PUBLIC;

-- Functions that constraints, defaults and triggers call run with the caller's rights.
GRANT EXECUTE ON FUNCTION luhn_is_valid(text), profession_counts_toward_goal(profession), paris_iso_week(timestamptz),
    my_centres(), assignments_within_contract(), recruitment_events_check_transition(), shifts_within_assignment()
    TO masante_rh, masante_responsable, masante_region;
GRANT EXECUTE ON FUNCTION audit_row_key(jsonb, text[]) TO masante_admin;
GRANT EXECUTE ON FUNCTION masante_create_login(text, text, text), masante_drop_login(text) TO masante_admin;
GRANT SELECT ON audit_log TO masante_admin;
GRANT SELECT ON schema_migrations TO masante_admin, masante_rh, masante_responsable, masante_region;

-- GIP HR: the registry; schedules and activity read-only.
GRANT SELECT, INSERT, UPDATE, DELETE ON people, contracts, assignments, recruitment_events, centres, sites,
    collectivites, centre_status_events, opening_hours TO masante_rh;
GRANT SELECT ON people_stage, hires, settings, monthly_activity, planning_weeks, shifts, planning_changes,
    centre_closures, centre_rule_settings, centre_rule_limits, planning_templates, template_shifts TO masante_rh;

-- Centre managers: their centres' schedules, hours and activity; the people assigned there, read-only.
GRANT SELECT ON centres, sites, people, contracts, assignments, recruitment_events, settings, centre_managers,
    planning_changes TO masante_responsable;
GRANT SELECT, INSERT, UPDATE, DELETE ON opening_hours, monthly_activity, planning_weeks, shifts, centre_closures,
    centre_rule_settings, centre_rule_limits, planning_templates, template_shifts TO masante_responsable;

-- The Region: aggregates only.
GRANT SELECT ON report_hires, report_contracts, report_assignments, centres, monthly_activity, settings TO masante_region;

-- ---------------------------------------------------------------------------------------------
-- Row-level security: a manager's rows are those of the centres they run. HR and the Region
-- see every row of what they may read; the owner (masante_admin) is not restricted.
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    centre_tables constant text[] := ARRAY['opening_hours', 'monthly_activity', 'planning_weeks', 'shifts',
        'centre_closures', 'centre_rule_settings', 'centre_rule_limits', 'planning_templates'];
    rh_writes constant text[] := ARRAY['people', 'contracts', 'assignments', 'recruitment_events', 'centres', 'sites', 'opening_hours'];
    rh_reads constant text[] := ARRAY['monthly_activity', 'planning_weeks', 'shifts', 'planning_changes', 'centre_closures',
        'centre_rule_settings', 'centre_rule_limits', 'planning_templates', 'template_shifts'];
    t text;
BEGIN
    FOREACH t IN ARRAY centre_tables LOOP
        EXECUTE format('CREATE POLICY responsable_own_centres ON %I TO masante_responsable '
                       'USING (centre_id = ANY ((SELECT my_centres())::bigint[])) WITH CHECK (centre_id = ANY ((SELECT my_centres())::bigint[]))', t);
    END LOOP;
    FOREACH t IN ARRAY rh_writes LOOP
        EXECUTE format('CREATE POLICY rh_all ON %I TO masante_rh USING (true) WITH CHECK (true)', t);
    END LOOP;
    FOREACH t IN ARRAY rh_reads LOOP
        EXECUTE format('CREATE POLICY rh_read ON %I FOR SELECT TO masante_rh USING (true)', t);
    END LOOP;
    FOREACH t IN ARRAY centre_tables || rh_writes || ARRAY['planning_changes', 'template_shifts', 'centre_managers'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
END $$;

CREATE POLICY responsable_own_centres ON centres FOR SELECT TO masante_responsable
    USING (id = ANY ((SELECT my_centres())::bigint[]));
CREATE POLICY responsable_own_centres ON sites FOR SELECT TO masante_responsable
    USING (centre_id = ANY ((SELECT my_centres())::bigint[]));
CREATE POLICY responsable_own_centres ON assignments FOR SELECT TO masante_responsable
    USING (centre_id = ANY ((SELECT my_centres())::bigint[]));
CREATE POLICY responsable_own_staff ON people FOR SELECT TO masante_responsable
    USING (id IN (SELECT person_id FROM assignments));
CREATE POLICY responsable_own_staff ON contracts FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT person_id FROM assignments));
CREATE POLICY responsable_own_staff ON recruitment_events FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT person_id FROM assignments));
CREATE POLICY responsable_own_centres ON planning_changes FOR SELECT TO masante_responsable
    USING (centre_id = ANY ((SELECT my_centres())::bigint[]));
CREATE POLICY responsable_own_templates ON template_shifts TO masante_responsable
    USING (template_id IN (SELECT id FROM planning_templates))
    WITH CHECK (template_id IN (SELECT id FROM planning_templates));
-- The legal limits (48 h a week, daily rest…) span centres: a manager also reads, never
-- writes, the shifts their own staff work in other centres.
CREATE POLICY responsable_own_staff_elsewhere ON shifts FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT person_id FROM assignments));
CREATE POLICY own_login ON centre_managers FOR SELECT TO masante_responsable
    USING (login = current_user);
CREATE POLICY region_read ON centres FOR SELECT TO masante_region USING (true);
CREATE POLICY region_read ON monthly_activity FOR SELECT TO masante_region USING (true);
