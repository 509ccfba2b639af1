-- Long absences (issue 17, item 3): maternity, paternity and parental leave, long sickness,
-- unpaid leave, secondment. Dated per person, with a kind from a list, inside a contract.
--
-- * HR records them (and ends them early); managers read those of the people assigned to their
--   centres, which their planning needs; the Region reads aggregates only (report_presence).
-- * No two absences of one person overlap, and an absence lies within one of their contracts
--   (a contract shortened later, by a departure, may not leave an absence outside it).
-- * A working shift (anything but « congé » and « maladie ») may not be added, moved or changed
--   into a day of a long absence: the planner never proposes one and a manager cannot write one.
--   Shifts planned before HR recorded the absence stay, and the week's checker reports each as a
--   blocking finding (so the week cannot be published until the manager re-plans them): HR,
--   who records the absence, may not touch the centres' weeks.

SET LOCAL ROLE masante_owner;

CREATE TYPE public.long_absence_kind AS ENUM
    ('maternite', 'paternite', 'parental', 'maladie_longue', 'sans_solde', 'detachement');

CREATE TABLE public.long_absences (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint NOT NULL REFERENCES public.people ON DELETE CASCADE,
    kind         public.long_absence_kind NOT NULL,
    starts_on    date NOT NULL,
    ends_on      date,
    note         text,
    recorded_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    recorded_by  text NOT NULL DEFAULT public.masante_actor(),
    CONSTRAINT long_absences_end_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT long_absences_no_overlap EXCLUDE USING gist
        (person_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
);
CREATE INDEX long_absences_person_idx ON public.long_absences (person_id, starts_on);
COMMENT ON TABLE public.long_absences IS
    'Absences longues (maternité, paternité, parental, maladie longue, sans solde, détachement), datées, par personne.';

-- An absence lies within one contract of its person, even when the contract changes later.
CREATE FUNCTION public.long_absences_within_contract() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    person bigint;
    only_absence bigint;
    bad record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        person := OLD.person_id;
    ELSE
        person := NEW.person_id;
    END IF;
    IF TG_TABLE_NAME = 'long_absences' THEN
        only_absence := NEW.id;
    END IF;
    SELECT l.id, l.starts_on, l.ends_on INTO bad
    FROM public.long_absences l
    WHERE l.person_id OPERATOR(pg_catalog.=) person
      AND (only_absence IS NULL OR l.id OPERATOR(pg_catalog.=) only_absence)
      AND NOT EXISTS (
          SELECT 1 FROM public.contracts c
          WHERE c.person_id OPERATOR(pg_catalog.=) l.person_id
            AND pg_catalog.daterange(c.starts_on, c.ends_on, '[]')
                OPERATOR(pg_catalog.@>) pg_catalog.daterange(l.starts_on, l.ends_on, '[]'))
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'long absence % (% – %) lies outside the contracts of person %',
            bad.id, bad.starts_on, coalesce(bad.ends_on::text, '∞'), person
            USING ERRCODE = 'check_violation', CONSTRAINT = 'long_absences_within_contract';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER long_absences_within_contract AFTER INSERT OR UPDATE ON public.long_absences
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.long_absences_within_contract();
CREATE CONSTRAINT TRIGGER contracts_keep_long_absences_within AFTER UPDATE OR DELETE ON public.contracts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.long_absences_within_contract();

-- The author and time of a record are the database's.
CREATE FUNCTION public.long_absences_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.recorded_at := pg_catalog.now();
    NEW.recorded_by := public.masante_actor();
    RETURN NEW;
END $$;
CREATE TRIGGER long_absences_stamp BEFORE INSERT OR UPDATE ON public.long_absences
    FOR EACH ROW EXECUTE FUNCTION public.long_absences_stamp();

-- No working shift on a day of a long absence. It runs as the owner: a manager's rights decide
-- which shifts they may write, not whether the absence is seen.
CREATE FUNCTION public.shifts_outside_long_absence() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    first_day date := (NEW.starts_at AT TIME ZONE 'Europe/Paris')::date;
    last_day date := ((NEW.ends_at OPERATOR(pg_catalog.-) interval '1 second') AT TIME ZONE 'Europe/Paris')::date;
    absence public.long_absences;
BEGIN
    IF NEW.activity IN ('conge', 'maladie') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.person_id, NEW.starts_at, NEW.ends_at, NEW.activity)
                            IS NOT DISTINCT FROM (OLD.person_id, OLD.starts_at, OLD.ends_at, OLD.activity) THEN
        RETURN NEW;
    END IF;
    SELECT * INTO absence FROM public.long_absences l
    WHERE l.person_id OPERATOR(pg_catalog.=) NEW.person_id
      AND pg_catalog.daterange(l.starts_on, l.ends_on, '[]')
          OPERATOR(pg_catalog.&&) pg_catalog.daterange(first_day, last_day, '[]')
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'person % is on a long absence (%) from % on %', NEW.person_id, absence.kind,
            absence.starts_on, first_day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'shifts_outside_long_absence';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER shifts_outside_long_absence BEFORE INSERT OR UPDATE ON public.shifts
    FOR EACH ROW EXECUTE FUNCTION public.shifts_outside_long_absence();
REVOKE ALL ON FUNCTION public.shifts_outside_long_absence() FROM PUBLIC;

CREATE TRIGGER audit_inserted AFTER INSERT ON public.long_absences REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_inserted('id');
CREATE TRIGGER audit_updated AFTER UPDATE ON public.long_absences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_updated('id');
CREATE TRIGGER audit_deleted AFTER DELETE ON public.long_absences REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.audit_deleted('id');
CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON public.long_absences
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();

ALTER TABLE public.long_absences ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.long_absences TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY rh_all ON public.long_absences TO masante_rh USING (true) WITH CHECK (true);
CREATE POLICY responsable_current_staff ON public.long_absences FOR SELECT TO masante_responsable
    USING (person_id IN (SELECT a.person_id FROM public.assignments a));
REVOKE ALL ON public.long_absences FROM PUBLIC, masante_admin, masante_rh, masante_responsable, masante_region;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.long_absences TO masante_admin;
GRANT SELECT, INSERT (person_id, kind, starts_on, ends_on, note), UPDATE (ends_on, note), DELETE
    ON public.long_absences TO masante_rh;
GRANT SELECT ON public.long_absences TO masante_responsable;
GRANT USAGE ON SEQUENCE public.long_absences_id_seq TO masante_admin, masante_rh;
GRANT USAGE ON TYPE public.long_absence_kind TO masante_admin, masante_rh, masante_responsable;

-- A person's page shows their long absences' history with the rest.
CREATE OR REPLACE VIEW public.person_audit WITH (security_barrier) AS
SELECT a.id, a.changed_at, a.login, a.acting_role, a.table_name, a.operation, a.row_key, a.before, a.after,
       CASE WHEN a.table_name = 'people' THEN (a.row_key ->> 'id')::bigint
            ELSE (coalesce(a.after, a.before) ->> 'person_id')::bigint
       END AS person_id
FROM public.audit_log a
WHERE a.table_name IN ('people', 'contracts', 'assignments', 'recruitment_events', 'long_absences');

-- People in post on a day, those of them on a long absence that day, and the FTE of both
-- (professionals counted toward the goal, as report_staff).
CREATE FUNCTION public.report_presence(as_of date)
RETURNS TABLE (in_post bigint, fte float8, absent bigint, absent_fte float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT count(*), coalesce(sum(c.fte), 0)::float8,
           count(*) FILTER (WHERE l.id IS NOT NULL), coalesce(sum(c.fte) FILTER (WHERE l.id IS NOT NULL), 0)::float8
    FROM public.contracts c JOIN public.people p ON p.id = c.person_id
    LEFT JOIN public.long_absences l ON l.person_id = c.person_id
         AND l.starts_on <= as_of AND (l.ends_on IS NULL OR l.ends_on >= as_of)
    WHERE public.profession_counts_toward_goal(p.profession)
      AND c.starts_on <= as_of AND (c.ends_on IS NULL OR c.ends_on >= as_of);
END;
REVOKE ALL ON FUNCTION public.report_presence(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_presence(date) TO masante_admin, masante_rh, masante_responsable, masante_region;
