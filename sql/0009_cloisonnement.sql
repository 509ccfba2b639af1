-- No way up (issue 13). Run as a superuser, like 0007.
--
-- * Tables, views, types and ordinary functions now belong to `masante_owner`, a NOLOGIN role
--   nobody logs in as: masante_admin keeps every right on the data but can no longer ALTER a
--   table, disable its audit triggers or create objects in `public`.
-- * The audit functions belong to `masante_auditor`, a NOLOGIN role whose only right is to
--   insert into the audit trail. The two login functions stay with the migrating superuser.
-- * Every function runs with `search_path = pg_catalog, pg_temp` and names what it touches by
--   schema: a caller's temporary table, view or function can never stand in for ours.
-- * A login may connect only to the database it was made for (`public.logins`), and its
--   creation and removal are audited like any other change.
-- * Managers read their staff's time in other centres only through `staff_time_elsewhere`
--   (start, end, whether it is work); the Region reads aggregates with small cells suppressed.

-- ---------------------------------------------------------------------------------------------
-- Owner roles, shared by the databases of the cluster (created once, like the group roles).
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    owner_roles constant text[][] := ARRAY[
        ['masante_owner', 'masante : propriétaire des tables et fonctions ; personne ne s''y connecte.'],
        ['masante_auditor', 'masante : propriétaire des fonctions d''audit ; ne peut qu''ajouter au journal.']];
BEGIN
    FOR i IN 1 .. array_length(owner_roles, 1) LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = owner_roles[i][1]) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT', owner_roles[i][1]);
                EXECUTE format('COMMENT ON ROLE %I IS %L', owner_roles[i][1], owner_roles[i][2]);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END $$;

GRANT USAGE, CREATE ON SCHEMA public TO masante_owner;
GRANT USAGE ON SCHEMA public TO masante_auditor;
REVOKE CREATE ON SCHEMA public FROM masante_admin;

-- ---------------------------------------------------------------------------------------------
-- Logins of this database: made and removed by the two functions below, audited.
-- ---------------------------------------------------------------------------------------------

CREATE TABLE public.logins (
    login       name PRIMARY KEY,
    group_role  name NOT NULL CHECK (group_role IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user
);
COMMENT ON TABLE public.logins IS 'Comptes de connexion de cette base (les autres bases du serveur leur sont fermées).';

-- Managers made before this migration: their centres show they belong here.
INSERT INTO public.logins (login, group_role, created_by)
SELECT DISTINCT m.login, 'masante_responsable', 'migration 0009'
FROM public.centre_managers m JOIN pg_catalog.pg_roles r ON r.rolname = m.login;
DELETE FROM public.centre_managers m WHERE NOT EXISTS (SELECT FROM public.logins l WHERE l.login = m.login);
ALTER TABLE public.centre_managers
    ADD CONSTRAINT centre_managers_login_fkey FOREIGN KEY (login) REFERENCES public.logins ON DELETE CASCADE;

-- Connecting is granted to each login, not to the server-wide group roles.
DO $$
DECLARE
    existing record;
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM masante_admin, masante_rh, masante_responsable, masante_region',
                   current_database());
    FOR existing IN SELECT login FROM public.logins LOOP
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), existing.login);
    END LOOP;
END $$;

-- Creates a login in one of the four group roles, for this database only; `verifier` is the
-- password already hashed by the client (libpq's PQencryptPasswordConn).
CREATE OR REPLACE FUNCTION public.masante_create_login(login text, group_role text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF group_role NOT IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region') THEN
        RAISE EXCEPTION 'unknown group role %', group_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR login LIKE 'masante\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login name %', login USING ERRCODE = 'invalid_name';
    END IF;
    -- A SCRAM verifier as RFC 5803 and PostgreSQL write it, nothing else (no MD5, no clear text).
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$' THEN
        RAISE EXCEPTION 'the password must arrive hashed with SCRAM-SHA-256' USING ERRCODE = 'invalid_password';
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE %I',
                              login, verifier, group_role);
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', pg_catalog.current_database(), login);
    INSERT INTO public.logins (login, group_role) VALUES (login, group_role);
END $$;

-- Removes a login of this database made by masante_create_login (never a superuser, a group
-- role or another database's login), with its centres.
CREATE OR REPLACE FUNCTION public.masante_drop_login(login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (
        SELECT FROM public.logins l JOIN pg_catalog.pg_roles r ON r.rolname = l.login
        WHERE l.login = masante_drop_login.login AND r.rolcanlogin AND NOT r.rolsuper AND NOT r.rolcreaterole
          AND NOT r.rolbypassrls AND NOT r.rolreplication) THEN
        RAISE EXCEPTION 'no masante login named %', login USING ERRCODE = 'undefined_object';
    END IF;
    DELETE FROM public.logins l WHERE l.login = masante_drop_login.login;
    EXECUTE pg_catalog.format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM %I', pg_catalog.current_database(), login);
    EXECUTE pg_catalog.format('DROP ROLE %I', login);
END $$;

-- For an upgrade only (superuser, through psql): lets a login made before this migration
-- connect to this database again. Not granted to anyone.
CREATE FUNCTION public.masante_adopt_login(login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found_role name;
BEGIN
    SELECT g.rolname INTO found_role
    FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles r ON r.oid = m.member JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
    WHERE r.rolname = login AND r.rolcanlogin AND NOT r.rolsuper
      AND g.rolname IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region');
    IF found_role IS NULL THEN
        RAISE EXCEPTION 'no masante login named %', login USING ERRCODE = 'undefined_object';
    END IF;
    INSERT INTO public.logins (login, group_role, created_by) VALUES (login, found_role, 'adoption') ON CONFLICT DO NOTHING;
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', pg_catalog.current_database(), login);
END $$;

-- ---------------------------------------------------------------------------------------------
-- The audit trail's writers, rewritten with a safe search_path and schema-qualified names.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.audit_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_log (table_name, operation, row_key, after)
    SELECT TG_TABLE_NAME, 'INSERT', public.audit_row_key(pg_catalog.to_jsonb(n), TG_ARGV), pg_catalog.to_jsonb(n) FROM new_rows n;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.audit_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_log (table_name, operation, row_key, before, after)
    SELECT TG_TABLE_NAME, 'UPDATE', coalesce(n.key, o.key), o.data, n.data
    FROM (SELECT public.audit_row_key(pg_catalog.to_jsonb(r), TG_ARGV) AS key, pg_catalog.to_jsonb(r) AS data FROM old_rows r) o
    FULL JOIN (SELECT public.audit_row_key(pg_catalog.to_jsonb(r), TG_ARGV) AS key, pg_catalog.to_jsonb(r) AS data FROM new_rows r) n
        ON n.key OPERATOR(pg_catalog.=) o.key
    WHERE o.data IS DISTINCT FROM n.data;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.audit_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_log (table_name, operation, row_key, before)
    SELECT TG_TABLE_NAME, 'DELETE', public.audit_row_key(pg_catalog.to_jsonb(o), TG_ARGV), pg_catalog.to_jsonb(o) FROM old_rows o;
    RETURN NULL;
END $$;

-- Nobody truncates an audited table (no role holds TRUNCATE); were the owner to, it is refused.
CREATE FUNCTION public.refuse_truncate() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'TRUNCATE % is refused: delete rows so that the audit trail records them', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

-- Newly audited: the logins and the template weeks' shifts.
DO $$
DECLARE
    audited constant text[][] := ARRAY[['logins', 'login'], ['template_shifts', 'template_id,person_id,weekday,starts']];
    keys text;
BEGIN
    FOR i IN 1 .. array_length(audited, 1) LOOP
        keys := (SELECT string_agg(quote_literal(k), ', ') FROM unnest(string_to_array(audited[i][2], ',')) AS k);
        EXECUTE format('CREATE TRIGGER audit_inserted AFTER INSERT ON public.%I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted(%s)', audited[i][1], keys);
        EXECUTE format('CREATE TRIGGER audit_updated AFTER UPDATE ON public.%I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated(%s)', audited[i][1], keys);
        EXECUTE format('CREATE TRIGGER audit_deleted AFTER DELETE ON public.%I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted(%s)', audited[i][1], keys);
    END LOOP;
END $$;

-- Every audited table refuses TRUNCATE.
DO $$
DECLARE
    audited record;
BEGIN
    FOR audited IN
        SELECT DISTINCT t.tgrelid::regclass AS name FROM pg_catalog.pg_trigger t
        WHERE t.tgname = 'audit_deleted' AND t.tgrelid::regclass::text NOT LIKE 'pg\_%'
    LOOP
        EXECUTE format('CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate()',
                       audited.name);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Schedules: the lock on published weeks and their publication. The author of a publication
-- is the session's login, whatever the client writes in published_by.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.shifts_published_lock() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    reason text := nullif(pg_catalog.btrim(pg_catalog.current_setting('masante.motif', true)), '');
    row_before public.shifts := CASE WHEN TG_OP <> 'INSERT' THEN OLD END;
    row_after public.shifts := CASE WHEN TG_OP <> 'DELETE' THEN NEW END;
    published boolean;
BEGIN
    SELECT pg_catalog.bool_or(w.status OPERATOR(pg_catalog.=) 'publiee') INTO published FROM public.planning_weeks w
    WHERE (w.centre_id, w.week) IN ((row_before.centre_id, row_before.week), (row_after.centre_id, row_after.week));
    IF published THEN
        IF reason IS NULL THEN
            RAISE EXCEPTION 'week % of centre % is published', coalesce(row_after.week, row_before.week),
                coalesce(row_after.centre_id, row_before.centre_id)
                USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'shifts_published_lock';
        END IF;
        INSERT INTO public.planning_changes (centre_id, week, operation, shift_id, changed_by, reason, before, after)
        VALUES (coalesce(row_after.centre_id, row_before.centre_id), coalesce(row_after.week, row_before.week),
                CASE TG_OP WHEN 'INSERT' THEN 'ajout' WHEN 'UPDATE' THEN 'modification' ELSE 'suppression' END,
                coalesce(row_after.id, row_before.id), session_user, reason,
                CASE WHEN TG_OP <> 'INSERT' THEN pg_catalog.to_jsonb(row_before) END,
                CASE WHEN TG_OP <> 'DELETE' THEN pg_catalog.to_jsonb(row_after) END);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.planning_weeks_publication() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status OPERATOR(pg_catalog.=) 'publiee' THEN
        IF NEW.status OPERATOR(pg_catalog.=) 'brouillon' THEN
            RAISE EXCEPTION 'week % of centre % is published', OLD.week, OLD.centre_id
                USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'shifts_published_lock';
        END IF;
        NEW.published_at := OLD.published_at;
        NEW.published_by := OLD.published_by;
    ELSIF NEW.status OPERATOR(pg_catalog.=) 'publiee' THEN
        NEW.published_at := pg_catalog.now();
        NEW.published_by := session_user;
        INSERT INTO public.planning_changes (centre_id, week, operation, changed_by, reason)
        VALUES (NEW.centre_id, NEW.week, 'publication', session_user,
                nullif(pg_catalog.btrim(pg_catalog.current_setting('masante.motif', true)), ''));
    ELSE
        NEW.published_at := NULL;
        NEW.published_by := NULL;
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER planning_weeks_publication ON public.planning_weeks;
CREATE TRIGGER planning_weeks_publication BEFORE INSERT OR UPDATE ON public.planning_weeks
    FOR EACH ROW EXECUTE FUNCTION public.planning_weeks_publication();

-- ---------------------------------------------------------------------------------------------
-- The checks of 0002, 0005 and 0006, with the caller's rights, a safe path and qualified names.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.assignments_within_contract() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad record;
BEGIN
    IF TG_TABLE_NAME = 'assignments' THEN
        SELECT a.id, a.starts_on, a.ends_on, c.starts_on AS c_start, c.ends_on AS c_end INTO bad
        FROM public.assignments a JOIN public.contracts c ON c.id OPERATOR(pg_catalog.=) a.contract_id
        WHERE a.id OPERATOR(pg_catalog.=) NEW.id
          AND NOT pg_catalog.daterange(c.starts_on, c.ends_on, '[]') OPERATOR(pg_catalog.@>) pg_catalog.daterange(a.starts_on, a.ends_on, '[]');
    ELSE
        SELECT a.id, a.starts_on, a.ends_on, c.starts_on AS c_start, c.ends_on AS c_end INTO bad
        FROM public.contracts c JOIN public.assignments a ON a.contract_id OPERATOR(pg_catalog.=) c.id
        WHERE c.id OPERATOR(pg_catalog.=) NEW.id
          AND NOT pg_catalog.daterange(c.starts_on, c.ends_on, '[]') OPERATOR(pg_catalog.@>) pg_catalog.daterange(a.starts_on, a.ends_on, '[]')
        LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION 'assignment % (% – %) lies outside its contract (% – %)',
            bad.id, bad.starts_on, coalesce(bad.ends_on::text, '∞'), bad.c_start, coalesce(bad.c_end::text, '∞')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assignments_within_contract';
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.recruitment_events_check_transition() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    previous public.recruitment_events;
BEGIN
    PERFORM 1 FROM public.people WHERE id OPERATOR(pg_catalog.=) NEW.person_id FOR UPDATE;
    SELECT * INTO previous FROM public.recruitment_events
    WHERE person_id OPERATOR(pg_catalog.=) NEW.person_id ORDER BY stage DESC LIMIT 1;
    IF NOT public.recruitment_transition_allowed(previous.stage, NEW.stage) THEN
        RAISE EXCEPTION 'stage % cannot follow %', NEW.stage, coalesce(previous.stage::text, 'nothing')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'recruitment_events_transition';
    END IF;
    IF previous.occurred_on OPERATOR(pg_catalog.>) NEW.occurred_on THEN
        RAISE EXCEPTION 'stage % on % precedes stage % on %', NEW.stage, NEW.occurred_on, previous.stage, previous.occurred_on
            USING ERRCODE = 'check_violation', CONSTRAINT = 'recruitment_events_chronology';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.shifts_within_assignment() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    day date := (NEW.starts_at AT TIME ZONE 'Europe/Paris')::date;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.assignments a
                   WHERE a.person_id OPERATOR(pg_catalog.=) NEW.person_id AND a.centre_id OPERATOR(pg_catalog.=) NEW.centre_id
                     AND a.starts_on OPERATOR(pg_catalog.<=) day AND (a.ends_on IS NULL OR a.ends_on OPERATOR(pg_catalog.>=) day)) THEN
        RAISE EXCEPTION 'person % is not assigned to centre % on %', NEW.person_id, NEW.centre_id, day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'shifts_within_assignment';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION public.luhn_is_valid(digits text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    total int := 0;
    digit int;
    size int := pg_catalog.length(digits);
BEGIN
    IF digits OPERATOR(pg_catalog.!~) '^[0-9]+$' THEN
        RETURN false;
    END IF;
    FOR position IN 1..size LOOP
        digit := pg_catalog.ascii(pg_catalog.substr(digits, size - position + 1, 1)) - 48;
        IF position % 2 = 0 THEN
            digit := digit * 2;
            IF digit > 9 THEN
                digit := digit - 9;
            END IF;
        END IF;
        total := total + digit;
    END LOOP;
    RETURN total % 10 = 0;
END $$;

-- Functions whose bodies were bound when created (SQL-standard bodies) or touch no table
-- only need the path.
ALTER FUNCTION public.profession_counts_toward_goal(public.profession) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION public.recruitment_transition_allowed(public.recruitment_stage, public.recruitment_stage) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION public.paris_iso_week(timestamptz) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION public.my_centres() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION public.audit_row_key(jsonb, text[]) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION public.audit_log_append_only() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION public.planning_changes_append_only() SET search_path = pg_catalog, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Managers see their staff, not their staff's past and other lives.
-- ---------------------------------------------------------------------------------------------

-- A person's other centres no longer show through `shifts`: only through this view, which
-- says when they are busy and whether it is work (the 48-hour, rest and averaging rules need
-- it), never the activity, place or centre, and only around the time they work in one of the
-- manager's centres (the checker's window: a year before, a week after). It is a security
-- barrier: a caller's leaky function cannot see the rows it filters out.
CREATE VIEW public.staff_time_elsewhere WITH (security_barrier) AS
SELECT s.id, s.person_id, s.starts_at, s.ends_at, s.activity NOT IN ('conge', 'maladie') AS counts_as_work
FROM public.shifts s
WHERE s.centre_id <> ALL (public.my_centres())
  AND EXISTS (
      SELECT 1 FROM public.assignments a
      WHERE a.person_id = s.person_id AND a.centre_id = ANY (public.my_centres())
        AND daterange(a.starts_on, a.ends_on, '[]')
            && daterange((s.starts_at AT TIME ZONE 'Europe/Paris')::date - 7, (s.starts_at AT TIME ZONE 'Europe/Paris')::date + 371, '[]'));
COMMENT ON VIEW public.staff_time_elsewhere IS
    'Pour un responsable : les heures de son personnel dans les autres centres (début, fin, travail ou non), sans activité ni lieu.';

DROP POLICY responsable_own_staff_elsewhere ON public.shifts;

-- Contracts: only those the manager's centres work under (not the next one, elsewhere).
DROP POLICY responsable_own_staff ON public.contracts;
CREATE POLICY responsable_own_staff ON public.contracts FOR SELECT TO masante_responsable
    USING (id IN (SELECT contract_id FROM public.assignments));

-- Recruitment stages and wishes: people assigned now or from now on.
DROP POLICY responsable_own_staff ON public.recruitment_events;
CREATE POLICY responsable_current_staff ON public.recruitment_events FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT person_id FROM public.assignments WHERE ends_on IS NULL OR ends_on >= current_date));
DROP POLICY responsable_own_staff ON public.staff_preferences;
CREATE POLICY responsable_current_staff ON public.staff_preferences TO masante_responsable
    USING (person_id IN (SELECT person_id FROM public.assignments WHERE ends_on IS NULL OR ends_on >= current_date))
    WITH CHECK (person_id IN (SELECT person_id FROM public.assignments WHERE ends_on IS NULL OR ends_on >= current_date));

-- A template's shifts name people of the template's centre.
DROP POLICY responsable_own_templates ON public.template_shifts;
CREATE POLICY responsable_own_templates ON public.template_shifts TO masante_responsable
    USING (template_id IN (SELECT id FROM public.planning_templates))
    WITH CHECK (EXISTS (
        SELECT 1 FROM public.planning_templates t JOIN public.assignments a ON a.centre_id = t.centre_id
        WHERE t.id = template_shifts.template_id AND a.person_id = template_shifts.person_id
          AND (a.ends_on IS NULL OR a.ends_on >= current_date)));

-- ---------------------------------------------------------------------------------------------
-- The progress report as aggregates. The Region no longer reads one row per person: these
-- functions return what the report prints, and a centre's staff and FTE are withheld when
-- fewer than 3 people are in post (statistical secrecy: one or two people's FTE would give
-- away their part-time share). They run with their owner's rights.
-- ---------------------------------------------------------------------------------------------

DROP VIEW public.report_hires, public.report_contracts, public.report_assignments;

-- The smallest number of people a published cell of staff may count.
CREATE FUNCTION public.report_minimum_cell() RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN 3;

-- Hires counted toward the goal, per month (first day of the month).
CREATE FUNCTION public.report_hires_by_month(as_of date) RETURNS TABLE (month date, hires bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT date_trunc('month', h.hired_on::timestamp)::date, count(*)
    FROM public.hires h WHERE h.counts_toward_goal AND h.hired_on <= as_of
    GROUP BY 1;
END;

-- Hires per profession, and how many of them in the last 12 months.
CREATE FUNCTION public.report_hires_by_profession(as_of date)
RETURNS TABLE (profession text, counts_toward_goal boolean, hires bigint, hires_last_12_months bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT h.profession::text, h.counts_toward_goal, count(*), count(*) FILTER (WHERE h.hired_on > as_of - interval '12 months')
    FROM public.hires h WHERE h.hired_on <= as_of
    GROUP BY 1, 2;
END;

-- People in post on a day in the whole network, and their FTE (one person's contracts never
-- overlap: the contracts covering the day count people).
CREATE FUNCTION public.report_staff(as_of date) RETURNS TABLE (in_post bigint, fte float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT count(*), coalesce(sum(c.fte), 0)::float8
    FROM public.contracts c JOIN public.people p ON p.id = c.person_id
    WHERE public.profession_counts_toward_goal(p.profession)
      AND c.starts_on <= as_of AND (c.ends_on IS NULL OR c.ends_on >= as_of);
END;

-- One line per centre open by the day or with hires: hires counted where each person was first
-- assigned, people in post that day and their FTE (NULL below the minimum cell).
CREATE FUNCTION public.report_centres(as_of date)
RETURNS TABLE (name text, departement text, opened_on date, hired bigint, in_post bigint, fte float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH first_centre AS (
        SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a ORDER BY a.person_id, a.starts_on, a.id),
    hired AS (
        SELECT f.centre_id, count(*) AS hired FROM public.hires h JOIN first_centre f ON f.person_id = h.person_id
        WHERE h.hired_on <= as_of AND h.counts_toward_goal
        GROUP BY f.centre_id),
    present AS (
        SELECT a.centre_id, count(*) AS people, sum(c.fte * a.share)::float8 AS fte
        FROM public.assignments a JOIN public.contracts c ON c.id = a.contract_id JOIN public.people p ON p.id = a.person_id
        WHERE public.profession_counts_toward_goal(p.profession)
          AND a.starts_on <= as_of AND (a.ends_on IS NULL OR a.ends_on >= as_of)
          AND c.starts_on <= as_of AND (c.ends_on IS NULL OR c.ends_on >= as_of)
        GROUP BY a.centre_id)
    SELECT ce.name, ce.departement, CASE WHEN ce.opened_on <= as_of THEN ce.opened_on END, coalesce(hi.hired, 0),
           CASE WHEN coalesce(pr.people, 0) = 0 OR pr.people >= public.report_minimum_cell() THEN coalesce(pr.people, 0) END,
           CASE WHEN coalesce(pr.people, 0) = 0 OR pr.people >= public.report_minimum_cell() THEN coalesce(pr.fte, 0) END
    FROM public.centres ce LEFT JOIN hired hi ON hi.centre_id = ce.id LEFT JOIN present pr ON pr.centre_id = ce.id
    WHERE ce.opened_on <= as_of OR hi.hired IS NOT NULL
    ORDER BY ce.opened_on NULLS LAST, ce.name;
END;

-- ---------------------------------------------------------------------------------------------
-- Ownership. Nobody logs in as an owner; masante_admin gets rights on the data, not on the
-- objects; PUBLIC still has nothing.
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    object record;
    audit_writers constant text[] := ARRAY['audit_inserted', 'audit_updated', 'audit_deleted', 'audit_row_key'];
    kept_by_migrator constant text[] := ARRAY['masante_create_login', 'masante_drop_login', 'masante_adopt_login'];
BEGIN
    FOR object IN
        SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relname <> 'schema_migrations'
          AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO masante_owner', object.name);
    END LOOP;
    FOR object IN
        SELECT p.oid::regprocedure AS name, p.proname FROM pg_catalog.pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', object.name);
        IF object.proname = ANY (audit_writers) THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO masante_auditor', object.name);
        ELSIF object.proname <> ALL (kept_by_migrator) THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO masante_owner', object.name);
        END IF;
    END LOOP;
    FOR object IN
        SELECT t.oid::regtype AS name FROM pg_catalog.pg_type t
        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'r')
          AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO masante_owner', object.name);
        EXECUTE format('GRANT USAGE ON TYPE %s TO masante_admin', object.name);
    END LOOP;
END $$;

-- The audit writers may append to the trail, and nothing else.
GRANT INSERT ON public.audit_log TO masante_auditor;
-- Later migrations run as masante_owner and put the audit triggers on their tables.
GRANT EXECUTE ON FUNCTION public.audit_inserted(), public.audit_updated(), public.audit_deleted(),
    public.audit_row_key(jsonb, text[]) TO masante_owner;
REVOKE EXECUTE ON FUNCTION public.audit_inserted(), public.audit_updated(), public.audit_deleted() FROM masante_admin;

-- masante_admin: every row of every table, the trail read-only, no TRUNCATE, no DDL.
DO $$
DECLARE
    object record;
BEGIN
    FOR object IN
        SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relname NOT IN ('schema_migrations', 'audit_log', 'logins', 'planning_changes', 'staff_time_elsewhere')
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO masante_admin', object.name);
    END LOOP;
    FOR object IN
        SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relrowsecurity
    LOOP
        EXECUTE format('CREATE POLICY admin_all ON %s TO masante_admin USING (true) WITH CHECK (true)', object.name);
    END LOOP;
END $$;
REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT ON public.audit_log, public.logins, public.planning_changes TO masante_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO masante_admin;
DO $$
DECLARE
    object record;
BEGIN
    FOR object IN
        SELECT p.oid::regprocedure AS name FROM pg_catalog.pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.prorettype <> 'trigger'::regtype
          AND p.proname NOT IN ('masante_adopt_login', 'audit_row_key')
          AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO masante_admin', object.name);
    END LOOP;
END $$;

-- What later migrations create as masante_owner: nothing for PUBLIC, the data for masante_admin.
ALTER DEFAULT PRIVILEGES FOR ROLE masante_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE masante_owner REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE masante_owner GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO masante_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE masante_owner GRANT USAGE, SELECT ON SEQUENCES TO masante_admin;

-- The report and the managers' view of their staff elsewhere.
GRANT EXECUTE ON FUNCTION public.report_hires_by_month(date), public.report_hires_by_profession(date),
    public.report_staff(date), public.report_centres(date), public.report_minimum_cell()
    TO masante_admin, masante_rh, masante_responsable, masante_region;
-- Other roles read `shifts` whole; for them the view is empty, and the same query serves all.
GRANT SELECT ON public.staff_time_elsewhere TO masante_admin, masante_rh, masante_responsable;
GRANT EXECUTE ON FUNCTION public.my_centres() TO masante_responsable, masante_rh, masante_region, masante_admin;
