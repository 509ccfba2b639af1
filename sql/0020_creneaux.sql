-- Consultation and same-day slots for the booking agenda and the SAS (issue 19).
--
-- * `centre_slot_rules`: how a centre cuts each bookable activity into slots (length, margin
--   left at the end of a half-day). No row: the standard rule (consultation 20 min,
--   unscheduled care 15 min, no margin). A manager sets their centres' rules; HR reads them.
-- * `exported_slots`: every slot of a published week once given to an agenda (`planning
--   creneaux`), so that a slot gone from the week since (the week changed after publication)
--   is exported again as no longer free instead of silently vanishing: agendas that received it
--   must learn it is withdrawn. Written by the export itself, under the manager's login; never
--   updated; the week's rows go with the centre.

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
GRANT SELECT, INSERT ON public.exported_slots TO masante_admin, masante_responsable;
