-- Consultation and same-day slots for the booking agenda and the SAS (issue 19).
--
-- * `centre_slot_rules`: how a centre cuts each bookable activity into slots (length, margin
--   left at the end of a half-day). No row: the standard rule (consultation 20 min,
--   unscheduled care 15 min, no margin). A manager sets their centres' rules; HR reads them.
-- * `exported_slots`: every slot of a published week once given to an agenda (`planning
--   creneaux`), so that a slot gone from the week since (the week changed after publication)
--   is exported again as no longer free instead of silently vanishing: agendas that received it
--   must learn it is withdrawn. Written by the export itself, under the manager's login, which
--   also dates a slot's withdrawal (`withdrawn_at`, cleared if it comes back); the week's rows go
--   with the centre.
-- * `sas_links`: the secret, revocable address through which the SAS searches a centre's slots
--   (`GET /fhir/Slot` of the web server): one live link per centre, made and revoked by its
--   manager; the table keeps the SHA-256 of the token, never the token.
-- * `sas_link_centre` / `sas_slot_feed` are all the web server may do with such a token: they run
--   as the owner and return only that centre's slots of published weeks as last exported.

SET LOCAL ROLE masante_owner;

CREATE TABLE public.centre_slot_rules (
    centre_id           bigint NOT NULL REFERENCES public.centres ON DELETE CASCADE,
    activity            public.activity NOT NULL,
    slot_minutes        integer NOT NULL,
    end_margin_minutes  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, activity),
    CONSTRAINT centre_slot_rules_activity_check CHECK (activity IN ('consultation', 'soins_non_programmes')),
    CONSTRAINT centre_slot_rules_length_check CHECK (slot_minutes BETWEEN 10 AND 60),
    CONSTRAINT centre_slot_rules_margin_check CHECK (end_margin_minutes BETWEEN 0 AND 60)
);
COMMENT ON TABLE public.centre_slot_rules IS
    'Découpage en créneaux d''une activité d''un centre : durée d''un créneau, marge laissée libre en fin de demi-journée (minutes).';

CREATE TABLE public.exported_slots (
    slot_id      uuid PRIMARY KEY,
    centre_id    bigint NOT NULL REFERENCES public.centres ON DELETE CASCADE,
    week         text NOT NULL CHECK (week ~ '^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$'),
    person_id    bigint NOT NULL REFERENCES public.people ON DELETE CASCADE,
    activity     public.activity NOT NULL,
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    exported_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    withdrawn_at timestamptz,
    CONSTRAINT exported_slots_activity_check CHECK (activity IN ('consultation', 'soins_non_programmes')),
    CONSTRAINT exported_slots_span_check CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '1 hour')
);
CREATE INDEX exported_slots_week_idx ON public.exported_slots (centre_id, week);
COMMENT ON TABLE public.exported_slots IS
    'Créneaux d''une semaine publiée déjà remis à un agenda : ceux qui ont disparu de la semaine depuis sont réexportés comme indisponibles.';

CREATE TRIGGER audit_inserted AFTER INSERT ON public.centre_slot_rules REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('centre_id', 'activity');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.centre_slot_rules
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('centre_id', 'activity');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.centre_slot_rules REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('centre_id', 'activity');
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.centre_slot_rules
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.exported_slots
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();

ALTER TABLE public.centre_slot_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.centre_slot_rules TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_read ON public.centre_slot_rules FOR SELECT TO masante_rh USING (true);
CREATE POLICY responsable_own_centres ON public.centre_slot_rules TO masante_responsable
    USING (centre_id = ANY ((SELECT public.my_centres())::bigint[]))
    WITH CHECK (centre_id = ANY ((SELECT public.my_centres())::bigint[]));

ALTER TABLE public.exported_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.exported_slots TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY responsable_own_centres ON public.exported_slots TO masante_responsable
    USING (centre_id = ANY ((SELECT public.my_centres())::bigint[]))
    WITH CHECK (centre_id = ANY ((SELECT public.my_centres())::bigint[]));

REVOKE ALL ON public.centre_slot_rules, public.exported_slots
    FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.centre_slot_rules TO masante_admin, masante_responsable;
GRANT SELECT ON public.centre_slot_rules TO masante_rh;
GRANT SELECT, INSERT, UPDATE (withdrawn_at) ON public.exported_slots TO masante_admin, masante_responsable;

CREATE TABLE public.sas_links (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE CHECK (pg_catalog.length(token_hash) = 32),
    centre_id   bigint NOT NULL REFERENCES public.centres ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by  text NOT NULL DEFAULT public.masante_actor(),
    revoked_at  timestamptz,
    revoked_by  text,
    CONSTRAINT sas_links_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX sas_links_live_centre_idx ON public.sas_links (centre_id) WHERE revoked_at IS NULL;
COMMENT ON TABLE public.sas_links IS
    'Accès du SAS aux créneaux d''un centre : empreinte SHA-256 du jeton, création et révocation.';

-- Who made or revoked a link, and when, is the database's word; a revoked link stays revoked.
-- One trigger function for every table of revocable links (calendar subscriptions since 0015,
-- the SAS's access here): its constraint is the table's `<table>_revocation`.
CREATE FUNCTION public.revocable_link_stamp() RETURNS trigger
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
        RAISE EXCEPTION '% row % is revoked for good', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = TG_TABLE_NAME || '_revocation';
    END IF;
    NEW.revoked_at := pg_catalog.now();
    NEW.revoked_by := public.masante_actor();
    RETURN NEW;
END $$;
CREATE TRIGGER sas_links_stamp BEFORE INSERT OR UPDATE ON public.sas_links
    FOR EACH ROW EXECUTE FUNCTION public.revocable_link_stamp();
DROP TRIGGER calendar_links_stamp ON public.calendar_links;
CREATE TRIGGER calendar_links_stamp BEFORE INSERT OR UPDATE ON public.calendar_links
    FOR EACH ROW EXECUTE FUNCTION public.revocable_link_stamp();
DROP FUNCTION public.calendar_links_stamp();
CREATE TRIGGER audit_inserted AFTER INSERT ON public.sas_links REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.sas_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.sas_links REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('id');
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.sas_links
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();

ALTER TABLE public.sas_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.sas_links TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY responsable_own_centres ON public.sas_links TO masante_responsable
    USING (centre_id = ANY ((SELECT public.my_centres())::bigint[]))
    WITH CHECK (centre_id = ANY ((SELECT public.my_centres())::bigint[]));
REVOKE ALL ON public.sas_links FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT, INSERT, UPDATE ON public.sas_links TO masante_admin;
GRANT SELECT, INSERT (token_hash, centre_id), UPDATE (revoked_at) ON public.sas_links TO masante_responsable;
GRANT USAGE ON SEQUENCE public.sas_links_id_seq TO masante_admin, masante_responsable;

-- The live link's centre; no row when the token is unknown or revoked.
CREATE FUNCTION public.sas_link_centre(link_hash bytea)
RETURNS TABLE (centre_id bigint, name text, commune text, finess text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT c.id, c.name, c.commune, c.finess
    FROM public.sas_links l JOIN public.centres c ON c.id = l.centre_id
    WHERE l.token_hash = link_hash AND l.revoked_at IS NULL;
END;

-- The live link's centre's slots starting in [from_instant, to_instant): those of published
-- weeks as last exported, a withdrawn one flagged. Nothing when the token is unknown or revoked.
CREATE FUNCTION public.sas_slot_feed(link_hash bytea, from_instant timestamptz, to_instant timestamptz)
RETURNS TABLE (person_id bigint, first_name text, last_name text, profession public.profession, rpps text,
               activity public.activity, starts_at timestamptz, ends_at timestamptz, withdrawn boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT e.person_id, p.first_name, p.last_name, p.profession, p.rpps, e.activity, e.starts_at, e.ends_at,
           e.withdrawn_at IS NOT NULL
    FROM public.sas_links l
    JOIN public.exported_slots e ON e.centre_id = l.centre_id
    JOIN public.planning_weeks w ON w.centre_id = e.centre_id AND w.week = e.week AND w.status = 'publiee'
    JOIN public.people p ON p.id = e.person_id
    WHERE l.token_hash = link_hash AND l.revoked_at IS NULL
      AND e.starts_at >= from_instant AND e.starts_at < to_instant
    ORDER BY e.starts_at, e.person_id, e.activity;
END;

REVOKE ALL ON FUNCTION public.sas_link_centre(bytea), public.sas_slot_feed(bytea, timestamptz, timestamptz)
    FROM PUBLIC, masante_admin;
GRANT EXECUTE ON FUNCTION public.sas_link_centre(bytea), public.sas_slot_feed(bytea, timestamptz, timestamptz)
    TO masante_authenticator;
