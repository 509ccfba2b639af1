-- The web application (issue 16): PostgREST's pattern. The server logs in as an authenticator
-- login, a member of `masante_authenticator`, itself a NOINHERIT member of every person's login:
-- it holds no right on the data, and each request's transaction takes the person's role with
-- SET LOCAL ROLE, so row-level security and the audit trail apply to the web as to psql.
--
-- * The audit trail, the history of published weeks and the author of a publication record the
--   person (`public.masante_actor()`), not the authenticator.
-- * Web sessions and sign-in failures live here, so they survive a restart and two servers
--   share them; only the authenticator reads or writes them.
-- * An administrator creates and removes the authenticator's own login with
--   `masante_create_authenticator` / `masante_drop_authenticator`.

SET LOCAL ROLE masante_owner;

-- ---------------------------------------------------------------------------------------------
-- Who acted: the person whose role the authenticator took, else the session's login.
-- ---------------------------------------------------------------------------------------------

-- Only a direct member of masante_authenticator is trusted to name the person with SET ROLE (a
-- superuser is a member of every role for pg_has_role, hence the catalog lookup): for anyone
-- else, as before, the login that connected.
CREATE FUNCTION public.masante_actor() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT CASE WHEN pg_catalog.current_setting('role') OPERATOR(pg_catalog.<>) 'none'
                 AND EXISTS (SELECT FROM pg_catalog.pg_auth_members m
                             JOIN pg_catalog.pg_roles g ON g.oid OPERATOR(pg_catalog.=) m.roleid
                             JOIN pg_catalog.pg_roles s ON s.oid OPERATOR(pg_catalog.=) m.member
                             WHERE g.rolname OPERATOR(pg_catalog.=) 'masante_authenticator'
                               AND s.rolname OPERATOR(pg_catalog.=) SESSION_USER)
                THEN pg_catalog.current_setting('role')
                ELSE SESSION_USER::text END;
END;
GRANT EXECUTE ON FUNCTION public.masante_actor()
    TO masante_auditor, masante_admin, masante_rh, masante_responsable, masante_region;

ALTER TABLE public.audit_log ALTER COLUMN login SET DEFAULT public.masante_actor();
ALTER TABLE public.planning_changes ALTER COLUMN changed_by SET DEFAULT public.masante_actor();
ALTER TABLE public.logins ALTER COLUMN created_by SET DEFAULT public.masante_actor();

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
                coalesce(row_after.id, row_before.id), public.masante_actor(), reason,
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
        NEW.published_by := public.masante_actor();
        INSERT INTO public.planning_changes (centre_id, week, operation, changed_by, reason)
        VALUES (NEW.centre_id, NEW.week, 'publication', public.masante_actor(),
                nullif(pg_catalog.btrim(pg_catalog.current_setting('masante.motif', true)), ''));
    ELSE
        NEW.published_at := NULL;
        NEW.published_by := NULL;
    END IF;
    RETURN NEW;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Web sessions and sign-in failures: the authenticator's own tables.
-- ---------------------------------------------------------------------------------------------

-- The browser holds a random 256-bit token; the table holds its SHA-256 only, so a copy of the
-- table (a backup, a standby) opens no session.
CREATE TABLE public.web_sessions (
    token_hash   bytea PRIMARY KEY CHECK (pg_catalog.length(token_hash) = 32),
    login        name NOT NULL,
    csrf_token   text NOT NULL CHECK (pg_catalog.length(csrf_token) >= 32),
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    expires_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX web_sessions_login_idx ON public.web_sessions (login);
CREATE INDEX web_sessions_expires_at_idx ON public.web_sessions (expires_at);
COMMENT ON TABLE public.web_sessions IS
    'Sessions de l''application web (empreinte SHA-256 du jeton, compte, jeton anti-CSRF, expiration).';

CREATE TABLE public.web_sign_in_failures (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login text NOT NULL,
    at    timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX web_sign_in_failures_login_idx ON public.web_sign_in_failures (login, at);
COMMENT ON TABLE public.web_sign_in_failures IS
    'Échecs de connexion à l''application web, pour limiter les essais par identifiant.';

-- Nobody but the authenticator: not PUBLIC, not the people's roles, not the administrators
-- (whose default privileges would otherwise cover new tables).
REVOKE ALL ON public.web_sessions, public.web_sign_in_failures
    FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
REVOKE ALL ON SEQUENCE public.web_sign_in_failures_id_seq FROM PUBLIC, masante_admin;

RESET ROLE;

-- ---------------------------------------------------------------------------------------------
-- The authenticator group role, shared by the databases of the cluster (like the group roles).
-- ---------------------------------------------------------------------------------------------

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'masante_authenticator') THEN
        BEGIN
            CREATE ROLE masante_authenticator NOLOGIN NOINHERIT;
            COMMENT ON ROLE masante_authenticator IS
                'masante : le serveur web ; prend le rôle de la personne connectée (SET LOCAL ROLE), sans droit propre sur les données.';
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO masante_authenticator;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.web_sessions, public.web_sign_in_failures TO masante_authenticator;
GRANT USAGE ON SEQUENCE public.web_sign_in_failures_id_seq TO masante_authenticator;

-- Every login of this database may be taken by the authenticator.
DO $$
DECLARE
    existing record;
BEGIN
    FOR existing IN SELECT l.login FROM public.logins l JOIN pg_catalog.pg_roles r ON r.rolname = l.login LOOP
        EXECUTE format('GRANT %I TO masante_authenticator', existing.login);
    END LOOP;
END $$;

-- 0009's function, and the new login granted to the authenticator.
CREATE OR REPLACE FUNCTION public.masante_create_login(login text, group_role text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF group_role NOT IN ('masante_admin', 'masante_rh', 'masante_responsable', 'masante_region') THEN
        RAISE EXCEPTION 'unknown group role %', group_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR login LIKE 'masante\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login name %', login USING ERRCODE = 'invalid_name';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$' THEN
        RAISE EXCEPTION 'the password must arrive hashed with SCRAM-SHA-256' USING ERRCODE = 'invalid_password';
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE %I',
                              login, verifier, group_role);
    EXECUTE pg_catalog.format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', pg_catalog.current_database(), login);
    EXECUTE pg_catalog.format('GRANT %I TO masante_authenticator', login);
    INSERT INTO public.logins (login, group_role) VALUES (login, group_role);
END $$;

-- The web server's own login: a member of masante_authenticator (whose rights it inherits: the
-- two tables above), and through it of every person's login without their rights. Not a row of
-- `logins`: it is nobody's account, and `utilisateur liste` lists people.
CREATE FUNCTION public.masante_create_authenticator(login text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR login LIKE 'masante\_%' OR login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login name %', login USING ERRCODE = 'invalid_name';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$' THEN
        RAISE EXCEPTION 'the password must arrive hashed with SCRAM-SHA-256' USING ERRCODE = 'invalid_password';
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE masante_authenticator',
                              login, verifier);
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO %I', pg_catalog.current_database(), login);
END $$;

-- Removes a login made by masante_create_authenticator, nothing else.
CREATE FUNCTION public.masante_drop_authenticator(login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (
        SELECT FROM pg_catalog.pg_auth_members m
        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles r ON r.oid = m.member
        WHERE g.rolname = 'masante_authenticator' AND r.rolname = masante_drop_authenticator.login
          AND r.rolcanlogin AND NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication) THEN
        RAISE EXCEPTION 'no authenticator login named %', login USING ERRCODE = 'undefined_object';
    END IF;
    IF EXISTS (SELECT FROM public.logins l WHERE l.login = masante_drop_authenticator.login) THEN
        RAISE EXCEPTION '% is a person''s login', login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE pg_catalog.format('REVOKE CONNECT ON DATABASE %I FROM %I', pg_catalog.current_database(), login);
    EXECUTE pg_catalog.format('DROP ROLE %I', login);
END $$;

REVOKE ALL ON FUNCTION public.masante_create_authenticator(text, text), public.masante_drop_authenticator(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.masante_create_authenticator(text, text), public.masante_drop_authenticator(text) TO masante_admin;

-- ---------------------------------------------------------------------------------------------
-- The audit writers name the person once per statement (owner unchanged: masante_auditor).
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.audit_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor constant text := public.masante_actor();
BEGIN
    INSERT INTO public.audit_log (login, table_name, operation, row_key, after)
    SELECT actor, TG_TABLE_NAME, 'INSERT', public.audit_row_key(pg_catalog.to_jsonb(n), TG_ARGV), pg_catalog.to_jsonb(n) FROM new_rows n;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.audit_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor constant text := public.masante_actor();
BEGIN
    INSERT INTO public.audit_log (login, table_name, operation, row_key, before, after)
    SELECT actor, TG_TABLE_NAME, 'UPDATE', coalesce(n.key, o.key), o.data, n.data
    FROM (SELECT public.audit_row_key(pg_catalog.to_jsonb(r), TG_ARGV) AS key, pg_catalog.to_jsonb(r) AS data FROM old_rows r) o
    FULL JOIN (SELECT public.audit_row_key(pg_catalog.to_jsonb(r), TG_ARGV) AS key, pg_catalog.to_jsonb(r) AS data FROM new_rows r) n
        ON n.key OPERATOR(pg_catalog.=) o.key
    WHERE o.data IS DISTINCT FROM n.data;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.audit_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor constant text := public.masante_actor();
BEGIN
    INSERT INTO public.audit_log (login, table_name, operation, row_key, before)
    SELECT actor, TG_TABLE_NAME, 'DELETE', public.audit_row_key(pg_catalog.to_jsonb(o), TG_ARGV), pg_catalog.to_jsonb(o) FROM old_rows o;
    RETURN NULL;
END $$;
