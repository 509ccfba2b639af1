-- Weekly schedules: each centre's weeks (draft, then published and locked), the shifts in them,
-- the changes made after publication, week templates, closures and each centre's rule settings.
-- One person is never in two places at once (exclusion constraint), whichever centres plan them.

CREATE TYPE activity AS ENUM (
    'consultation', 'soins_non_programmes', 'visite_domicile', 'visite_ehpad',
    'secretariat', 'administratif', 'formation', 'conge', 'maladie');

CREATE TYPE week_status AS ENUM ('brouillon', 'publiee');

CREATE TYPE severity AS ENUM ('avertissement', 'bloquant');

-- The ISO week (`2026-W49`) holding an instant, on the Paris calendar.
CREATE FUNCTION paris_iso_week(instant timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN to_char(instant AT TIME ZONE 'Europe/Paris', 'IYYY-"W"IW');

-- A centre's week: its status and a version that grows at every change.
CREATE TABLE planning_weeks (
    centre_id     bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    week          text NOT NULL CHECK (week ~ '^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$'),
    status        week_status NOT NULL DEFAULT 'brouillon',
    version       integer NOT NULL DEFAULT 0 CHECK (version >= 0),
    published_at  timestamptz,
    published_by  text,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (centre_id, week),
    CONSTRAINT planning_weeks_published_stamped CHECK ((status = 'publiee') = (published_at IS NOT NULL AND published_by IS NOT NULL))
);

-- One person's planned time in one centre. The week follows from the start, in Paris.
CREATE TABLE shifts (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id   bigint NOT NULL REFERENCES people,
    centre_id   bigint NOT NULL REFERENCES centres,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    activity    activity NOT NULL,
    place       text CHECK (place IS NULL OR btrim(place) <> ''),
    week        text NOT NULL GENERATED ALWAYS AS (paris_iso_week(starts_at)) STORED,
    sequence    integer NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT shifts_end_after_start CHECK (ends_at > starts_at),
    CONSTRAINT shifts_at_most_24_hours CHECK (ends_at - starts_at <= interval '24 hours'),
    CONSTRAINT shifts_ehpad_named CHECK (activity <> 'visite_ehpad' OR place IS NOT NULL),
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (person_id WITH =, tstzrange(starts_at, ends_at) WITH &&),
    CONSTRAINT shifts_week_fkey FOREIGN KEY (centre_id, week) REFERENCES planning_weeks (centre_id, week)
);
CREATE INDEX shifts_centre_week_idx ON shifts (centre_id, week);
CREATE INDEX shifts_person_start_idx ON shifts (person_id, starts_at);

-- A shift is planned only where and when its person is assigned (Paris day of its start).
CREATE FUNCTION shifts_within_assignment() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    day date := (NEW.starts_at AT TIME ZONE 'Europe/Paris')::date;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM assignments a
                   WHERE a.person_id = NEW.person_id AND a.centre_id = NEW.centre_id
                     AND a.starts_on <= day AND (a.ends_on IS NULL OR a.ends_on >= day)) THEN
        RAISE EXCEPTION 'person % is not assigned to centre % on %', NEW.person_id, NEW.centre_id, day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'shifts_within_assignment';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER shifts_within_assignment
    BEFORE INSERT OR UPDATE OF person_id, centre_id, starts_at ON shifts
    FOR EACH ROW EXECUTE FUNCTION shifts_within_assignment();

-- What changed in a week after its publication, and its publications: append-only.
CREATE TABLE planning_changes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id   bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    week        text NOT NULL,
    operation   text NOT NULL CHECK (operation IN ('ajout', 'modification', 'suppression', 'publication')),
    shift_id    uuid,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text NOT NULL DEFAULT current_user,
    reason      text,
    before      jsonb,
    after       jsonb,
    CONSTRAINT planning_changes_reason_given CHECK (operation = 'publication' OR coalesce(btrim(reason), '') <> '')
);
CREATE INDEX planning_changes_week_idx ON planning_changes (centre_id, week, changed_at);

CREATE FUNCTION planning_changes_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'planning_changes is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER planning_changes_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON planning_changes
    FOR EACH STATEMENT EXECUTE FUNCTION planning_changes_append_only();

-- A published week is locked: its shifts change only when the session gives a reason
-- (`SET LOCAL masante.motif`), and every such change is recorded with before and after.
CREATE FUNCTION shifts_published_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
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
        INSERT INTO planning_changes (centre_id, week, operation, shift_id, reason, before, after)
        VALUES (coalesce(row_after.centre_id, row_before.centre_id), coalesce(row_after.week, row_before.week),
                CASE TG_OP WHEN 'INSERT' THEN 'ajout' WHEN 'UPDATE' THEN 'modification' ELSE 'suppression' END,
                coalesce(row_after.id, row_before.id), reason,
                CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(row_before) END,
                CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(row_after) END);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER shifts_published_lock
    AFTER INSERT OR UPDATE OR DELETE ON shifts
    FOR EACH ROW EXECUTE FUNCTION shifts_published_lock();

-- Publishing is recorded too; a published week never goes back to draft.
CREATE FUNCTION planning_weeks_publication() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'publiee' AND NEW.status = 'brouillon' THEN
        RAISE EXCEPTION 'week % of centre % is published', OLD.week, OLD.centre_id
            USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'shifts_published_lock';
    END IF;
    IF OLD.status = 'brouillon' AND NEW.status = 'publiee' THEN
        INSERT INTO planning_changes (centre_id, week, operation, changed_by, reason)
        VALUES (NEW.centre_id, NEW.week, 'publication', NEW.published_by, nullif(btrim(current_setting('masante.motif', true)), ''));
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER planning_weeks_publication
    BEFORE UPDATE OF status ON planning_weeks
    FOR EACH ROW EXECUTE FUNCTION planning_weeks_publication();

-- Days a centre is closed besides public holidays (works, staff event…).
CREATE TABLE centre_closures (
    centre_id  bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    day        date NOT NULL,
    reason     text,
    PRIMARY KEY (centre_id, day)
);

-- A centre's choices about the schedule rules: switched off, or at another severity.
CREATE TABLE centre_rule_settings (
    centre_id  bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    rule       text NOT NULL CHECK (rule IN (
        'dailyMaxHours', 'dailySpan', 'weeklyMax', 'twelveWeekAverage', 'dailyRest', 'weeklyRest',
        'maxWorkingDays', 'breakAfterSixHours', 'partTimeInterruption', 'contractHours', 'withinContract',
        'withinAssignment', 'withinOpeningHours', 'doctorAndSecretaryPresent', 'unscheduledCareEachOpenDay',
        'homeVisitsEachWeek', 'openingAmplitude', 'overlap')),
    enabled    boolean NOT NULL,
    severity   severity NOT NULL,
    PRIMARY KEY (centre_id, rule)
);

-- A centre's own figure for a rule's limit, in the unit the limit is written in (hours, minutes, a count).
CREATE TABLE centre_rule_limits (
    centre_id  bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    name       text NOT NULL CHECK (name ~ '^[a-z_]+$'),
    value      numeric(6,2) NOT NULL CHECK (value >= 0),
    PRIMARY KEY (centre_id, name)
);

-- A named model week of a centre, copied onto real weeks.
CREATE TABLE planning_templates (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id   bigint NOT NULL REFERENCES centres ON DELETE CASCADE,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX planning_templates_name_key ON planning_templates (centre_id, lower(name));

-- A template's shifts, as a day of the week and wall-clock times (an end at or before the start is the next day).
CREATE TABLE template_shifts (
    template_id  bigint NOT NULL REFERENCES planning_templates ON DELETE CASCADE,
    person_id    bigint NOT NULL REFERENCES people,
    weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts       time NOT NULL,
    ends         time NOT NULL,
    activity     activity NOT NULL,
    place        text,
    CHECK (starts <> ends)
);
CREATE INDEX template_shifts_template_idx ON template_shifts (template_id);
