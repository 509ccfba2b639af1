-- Calendars people subscribe to (issue 16, item 4): a secret, revocable address of a person's
-- published shifts, or of a centre's published weeks, that Google, Apple or Outlook calendars
-- fetch without signing in.
--
-- * `calendar_links` keeps the SHA-256 of each 256-bit token, never the token: a copy of the
--   table (a backup, a standby) opens no calendar. One live link per person or centre; HR makes
--   and revokes any, a centre manager those of their centres and of the people assigned there.
-- * `calendar_feed_owner` / `calendar_feed` are all the web server may do with a token: they run
--   as the owner, return only that link's published shifts, and only masante_authenticator may
--   call them (no person's role is taken to read a feed).
-- * A published shift deleted, or moved to someone else (another centre), in the last five weeks
--   comes back cancelled, from the planning change history, with a SEQUENCE above the last one
--   the agenda saw: no agenda keeps a ghost shift.

SET LOCAL ROLE masante_owner;

CREATE TABLE public.calendar_links (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE CHECK (pg_catalog.length(token_hash) = 32),
    person_id   bigint REFERENCES public.people ON DELETE CASCADE,
    centre_id   bigint REFERENCES public.centres ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by  text NOT NULL DEFAULT public.masante_actor(),
    revoked_at  timestamptz,
    revoked_by  text,
    CONSTRAINT calendar_links_one_owner CHECK ((person_id IS NULL) <> (centre_id IS NULL)),
    CONSTRAINT calendar_links_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX calendar_links_live_person_idx ON public.calendar_links (person_id)
    WHERE revoked_at IS NULL AND person_id IS NOT NULL;
CREATE UNIQUE INDEX calendar_links_live_centre_idx ON public.calendar_links (centre_id)
    WHERE revoked_at IS NULL AND centre_id IS NOT NULL;
COMMENT ON TABLE public.calendar_links IS
    'Liens d''abonnement aux agendas (.ics) : empreinte SHA-256 du jeton, personne ou centre, création et révocation.';

-- The author and time of a link and of its revocation are the database's, not the client's; a
-- revoked link stays revoked.
CREATE FUNCTION public.calendar_links_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := pg_catalog.now();
        NEW.created_by := public.masante_actor();
        NEW.revoked_at := NULL;
        NEW.revoked_by := NULL;
        RETURN NEW;
    END IF;
    IF OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL THEN
        RAISE EXCEPTION 'calendar link % is revoked for good', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'calendar_links_revocation';
    END IF;
    NEW.revoked_at := pg_catalog.now();
    NEW.revoked_by := public.masante_actor();
    RETURN NEW;
END $$;
CREATE TRIGGER calendar_links_stamp BEFORE INSERT OR UPDATE ON public.calendar_links
    FOR EACH ROW EXECUTE FUNCTION public.calendar_links_stamp();

CREATE TRIGGER audit_inserted AFTER INSERT ON public.calendar_links REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.calendar_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.calendar_links REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('id');

ALTER TABLE public.calendar_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.calendar_links TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.calendar_links TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY responsable_own_centres ON public.calendar_links TO masante_responsable
    USING (centre_id = ANY ((SELECT public.my_centres())::bigint[])
           OR person_id IN (SELECT a.person_id FROM public.assignments a
                            WHERE a.centre_id = ANY ((SELECT public.my_centres())::bigint[])
                              AND (a.ends_on IS NULL OR a.ends_on >= CURRENT_DATE)))
    WITH CHECK (centre_id = ANY ((SELECT public.my_centres())::bigint[])
           OR person_id IN (SELECT a.person_id FROM public.assignments a
                            WHERE a.centre_id = ANY ((SELECT public.my_centres())::bigint[])
                              AND (a.ends_on IS NULL OR a.ends_on >= CURRENT_DATE)));

REVOKE ALL ON public.calendar_links FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT, INSERT, UPDATE ON public.calendar_links TO masante_admin;
GRANT SELECT, INSERT (token_hash, person_id, centre_id), UPDATE (revoked_at) ON public.calendar_links
    TO masante_rh, masante_responsable;
GRANT USAGE ON SEQUENCE public.calendar_links_id_seq TO masante_admin, masante_rh, masante_responsable;

-- A shift whose time, person, centre, activity or place changes gets a higher SEQUENCE, whoever
-- changes it (the CLI's editor already adds one: the greater of the two is kept), so that agendas
-- take the new version.
CREATE FUNCTION public.shifts_sequence() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (NEW.person_id, NEW.centre_id, NEW.starts_at, NEW.ends_at, NEW.activity, NEW.place)
       IS DISTINCT FROM (OLD.person_id, OLD.centre_id, OLD.starts_at, OLD.ends_at, OLD.activity, OLD.place) THEN
        NEW.sequence := GREATEST(NEW.sequence, OLD.sequence OPERATOR(pg_catalog.+) 1);
        NEW.updated_at := pg_catalog.now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER shifts_sequence BEFORE UPDATE ON public.shifts
    FOR EACH ROW EXECUTE FUNCTION public.shifts_sequence();

-- The cancellations are looked up by date in the change history.
CREATE INDEX planning_changes_changed_at_idx ON public.planning_changes (changed_at);

-- ---------------------------------------------------------------------------------------------
-- The feed: what the web server reads for a token, as the owner, and nothing more.
-- ---------------------------------------------------------------------------------------------

-- The live link's owner by name (« Prénom NOM » or the centre's name) and whether it is a
-- person's; no row when the token is unknown or revoked.
CREATE FUNCTION public.calendar_feed_owner(link_hash bytea)
RETURNS TABLE (owner_name text, personal boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT coalesce(p.first_name || ' ' || p.last_name, c.name), l.person_id IS NOT NULL
    FROM public.calendar_links l
    LEFT JOIN public.people p ON p.id = l.person_id
    LEFT JOIN public.centres c ON c.id = l.centre_id
    WHERE l.token_hash = link_hash AND l.revoked_at IS NULL;
END $$;

-- The live link's shifts: those of published weeks ending in the last five weeks or later, then
-- those deleted or moved away since they were published (cancelled, one SEQUENCE above the
-- version the agenda last saw). Nothing when the token is unknown or revoked.
CREATE FUNCTION public.calendar_feed(link_hash bytea)
RETURNS TABLE (shift_id uuid, starts_at timestamptz, ends_at timestamptz, activity public.activity, place text,
               person_name text, centre_name text, sequence integer, updated_at timestamptz, cancelled boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    link public.calendar_links;
    since constant timestamptz := pg_catalog.now() - interval '35 days';
BEGIN
    SELECT * INTO link FROM public.calendar_links l WHERE l.token_hash = link_hash AND l.revoked_at IS NULL;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT s.id, s.starts_at, s.ends_at, s.activity, s.place, p.first_name || ' ' || p.last_name, c.name,
           s.sequence, s.updated_at, false
    FROM public.shifts s
    JOIN public.planning_weeks w ON w.centre_id = s.centre_id AND w.week = s.week AND w.status = 'publiee'
    JOIN public.people p ON p.id = s.person_id
    JOIN public.centres c ON c.id = s.centre_id
    WHERE s.ends_at >= since
      AND (s.person_id = link.person_id OR s.centre_id = link.centre_id);
    RETURN QUERY
    SELECT DISTINCT ON (g.shift_id) g.shift_id, (g.before ->> 'starts_at')::timestamptz, (g.before ->> 'ends_at')::timestamptz,
           (g.before ->> 'activity')::public.activity, g.before ->> 'place', p.first_name || ' ' || p.last_name, c.name,
           (g.before ->> 'sequence')::integer + 1, g.changed_at, true
    FROM public.planning_changes g
    JOIN public.people p ON p.id = (g.before ->> 'person_id')::bigint
    JOIN public.centres c ON c.id = (g.before ->> 'centre_id')::bigint
    WHERE g.operation IN ('modification', 'suppression') AND g.changed_at >= since
      AND ((g.before ->> 'person_id')::bigint = link.person_id OR (g.before ->> 'centre_id')::bigint = link.centre_id)
      AND NOT EXISTS (
          SELECT FROM public.shifts s
          JOIN public.planning_weeks w ON w.centre_id = s.centre_id AND w.week = s.week AND w.status = 'publiee'
          WHERE s.id = g.shift_id AND (s.person_id = link.person_id OR s.centre_id = link.centre_id))
    ORDER BY g.shift_id, g.changed_at DESC;
END $$;

REVOKE ALL ON FUNCTION public.calendar_feed_owner(bytea), public.calendar_feed(bytea) FROM PUBLIC, masante_admin;
GRANT EXECUTE ON FUNCTION public.calendar_feed_owner(bytea), public.calendar_feed(bytea) TO masante_authenticator;

CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.calendar_links
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
