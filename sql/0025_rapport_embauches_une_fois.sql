-- The progress report under 20× at 100× the demo (issue 6, again): the report read the view hires
-- (each person's first hire, grouped over every recruitment event) in five functions, the months of
-- activity twice, and sorted every assignment to find each person's first centre.
--
-- * report_hire_counts gives, in one pass over the hires, the rows of report_hires_by_profession,
--   report_hires_by_month and report_hires_by_year (they stay, for whoever reads them): the report
--   reads it instead of the three.
-- * report_welcome finds the recruits of the 12 months from the events of those months (an index
--   on stage and day), each kept when the person has no hire event before them.
-- * report_centres and report_territories ask, for each person counted toward the goal, whether
--   they have a hire event by the day (a semi-join) instead of grouping every event by person; each
--   person's first centre (by start, then id) is read in the order of an index instead of sorting
--   every assignment (report_observatory finds it so too).
-- * report_activity gives the activity totals and the undeclared months in one pass over the
--   months (the report read them twice, and report_undeclared_months looked up each month's centre:
--   312,000 lookups at 100×); report_undeclared_months now reads it.
-- * report_centres, report_presence and report_activity are PL/pgSQL planned for the day they are
--   called with (plan_cache_mode = force_custom_plan). A LANGUAGE sql function's statements are
--   planned for any day: a third of the contracts, assignments or months taken to start before it,
--   hence a person looked up by index for each assignment, and the first unfinished month computed
--   again on every row of activity.
-- The hires are each person's earliest 'embauche' or 'en_poste' event, as in the view; the events
-- after the day are left out before grouping (a person hired after the day has none left).

SET LOCAL ROLE masante_owner;

CREATE INDEX assignments_first_centre_idx ON public.assignments (person_id, starts_on, id) INCLUDE (centre_id);

-- The rows of report_hires_by_profession, report_hires_by_month and report_hires_by_year, from one
-- pass over the hires by the day: a row per profession (counts_toward_goal set, the hires and those
-- of the 12 months up to the day), per month of hire (month set, the hires counted toward the goal)
-- and per year and profession (year set, the same). The hires are counted by profession (the enum:
-- its text is read once per group, not per hire) and month first, then those counts summed three
-- ways; nothing is returned more finely crossed than by the three functions.
CREATE FUNCTION public.report_hire_counts(as_of date)
RETURNS TABLE (profession text, counts_toward_goal boolean, month date, year text, hires bigint,
               hires_last_12_months bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT CASE WHEN GROUPING(h.month) = 1 THEN h.profession END, h.counts_toward_goal, h.month, h.year,
           CASE WHEN GROUPING(h.counts_toward_goal) = 0 THEN sum(h.hires)
                ELSE sum(h.hires) FILTER (WHERE h.counts_toward_goal) END::int8,
           CASE WHEN GROUPING(h.counts_toward_goal) = 0 THEN sum(h.recent)::int8 END
    FROM (SELECT h.profession::text AS profession, public.profession_counts_toward_goal(h.profession) AS counts_toward_goal,
                 h.month, extract(year FROM h.month)::int::text AS year, h.hires, h.recent
          FROM (SELECT p.profession, date_trunc('month', e.hired_on::timestamp)::date AS month, count(*) AS hires,
                       count(*) FILTER (WHERE e.hired_on > as_of - interval '12 months') AS recent
                FROM (SELECT e.person_id, min(e.occurred_on) AS hired_on FROM public.recruitment_events e
                      WHERE e.stage IN ('embauche', 'en_poste') AND e.occurred_on <= as_of
                      GROUP BY e.person_id) e
                JOIN public.people p ON p.id = e.person_id
                GROUP BY 1, 2) h) h
    GROUP BY GROUPING SETS ((h.profession, h.counts_toward_goal), (h.month), (h.year, h.profession))
    HAVING GROUPING(h.counts_toward_goal) = 0 OR sum(h.hires) FILTER (WHERE h.counts_toward_goal) > 0;
END;
REVOKE ALL ON FUNCTION public.report_hire_counts(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_hire_counts(date)
    TO masante_admin, masante_rh, masante_responsable, masante_region;

-- 0018's report_welcome, its recruits found from the events of the 12 months: a person whose
-- first hire falls in them has a hire event in them and none on or before their first day.
CREATE OR REPLACE FUNCTION public.report_welcome(as_of date)
RETURNS TABLE (recruits bigint, finished bigint, in_progress bigint, late bigint, without_checklist bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
    total bigint;
    counts bigint[];
    hidden boolean[] := ARRAY[false, false, false, false];
    minimum integer := public.report_minimum_cell();
    smallest integer;
BEGIN
    WITH recent AS (
        SELECT DISTINCT e.person_id FROM public.recruitment_events e JOIN public.people p ON p.id = e.person_id
        WHERE e.stage IN ('embauche', 'en_poste') AND e.occurred_on <= as_of
          AND e.occurred_on > as_of - interval '12 months' AND public.profession_counts_toward_goal(p.profession)
          AND NOT EXISTS (SELECT 1 FROM public.recruitment_events x
                          WHERE x.person_id = e.person_id AND x.stage IN ('embauche', 'en_poste')
                            AND x.occurred_on <= as_of - interval '12 months')),
    latest AS (
        SELECT DISTINCT ON (c.person_id) c.person_id, c.id, c.starts_on FROM public.welcome_checklists c
        WHERE c.person_id IN (SELECT r.person_id FROM recent r)
        ORDER BY c.person_id, c.starts_on DESC),
    state AS (
        SELECT l.id IS NULL AS without,
               EXISTS (SELECT 1 FROM public.welcome_items i
                       WHERE i.checklist_id = l.id AND (i.done_on IS NULL OR i.done_on > as_of)) AS open,
               EXISTS (SELECT 1 FROM public.welcome_items i
                       WHERE i.checklist_id = l.id AND (i.done_on IS NULL OR i.done_on > as_of)
                         AND l.starts_on + i.due_offset < as_of) AS overdue
        FROM recent r LEFT JOIN latest l ON l.person_id = r.person_id)
    SELECT count(*),
           ARRAY[count(*) FILTER (WHERE NOT s.without AND NOT s.open), count(*) FILTER (WHERE s.open AND NOT s.overdue),
                 count(*) FILTER (WHERE s.overdue), count(*) FILTER (WHERE s.without)]
    INTO total, counts FROM state s;
    IF total < minimum THEN
        hidden := ARRAY[true, true, true, true];
    ELSE
        FOR k IN 1..4 LOOP
            hidden[k] := counts[k] > 0 AND counts[k] < minimum;
        END LOOP;
        IF (SELECT count(*) FROM unnest(hidden) AS h (withheld) WHERE h.withheld) = 1 THEN
            FOR k IN 1..4 LOOP
                IF NOT hidden[k] AND counts[k] > 0 AND (smallest IS NULL OR counts[k] < counts[smallest]) THEN
                    smallest := k;
                END IF;
            END LOOP;
            hidden[smallest] := true;
        END IF;
    END IF;
    RETURN QUERY SELECT total,
        CASE WHEN NOT hidden[1] THEN counts[1] END, CASE WHEN NOT hidden[2] THEN counts[2] END,
        CASE WHEN NOT hidden[3] THEN counts[3] END, CASE WHEN NOT hidden[4] THEN counts[4] END;
END $$;

-- 0017's report_centres, the hires of each first centre counted by a semi-join, planned for its day.
CREATE OR REPLACE FUNCTION public.report_centres(as_of date)
RETURNS TABLE (name text, departement text, opened_on date, hired bigint, in_post bigint, fte float8)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH hired AS (
        SELECT f.centre_id, count(*) AS hired
        FROM (SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a
              ORDER BY a.person_id, a.starts_on, a.id) f
        JOIN public.people p ON p.id = f.person_id
        WHERE public.profession_counts_toward_goal(p.profession)
          AND EXISTS (SELECT 1 FROM public.recruitment_events e
                      WHERE e.person_id = f.person_id AND e.stage IN ('embauche', 'en_poste') AND e.occurred_on <= as_of)
        GROUP BY f.centre_id),
    present AS (
        SELECT a.centre_id, count(*) AS people, sum(c.fte * a.share)::float8 AS fte
        FROM public.assignments a JOIN public.contract_periods c ON c.contract_id = a.contract_id
        JOIN public.people p ON p.id = a.person_id
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
END $$;

-- 0017's report_presence, planned for its day.
CREATE OR REPLACE FUNCTION public.report_presence(as_of date)
RETURNS TABLE (in_post bigint, fte float8, absent bigint, absent_fte float8)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT count(*), coalesce(sum(c.fte), 0)::float8,
           count(*) FILTER (WHERE l.id IS NOT NULL), coalesce(sum(c.fte) FILTER (WHERE l.id IS NOT NULL), 0)::float8
    FROM public.contract_periods c JOIN public.people p ON p.id = c.person_id
    LEFT JOIN public.long_absences l ON l.person_id = c.person_id
         AND l.starts_on <= as_of AND (l.ends_on IS NULL OR l.ends_on >= as_of)
    WHERE public.profession_counts_toward_goal(p.profession)
      AND c.starts_on <= as_of AND (c.ends_on IS NULL OR c.ends_on >= as_of);
END $$;

-- 0022's report_territories, its recruits found as report_centres finds them.
CREATE OR REPLACE FUNCTION public.report_territories(as_of date)
RETURNS TABLE (territory text, recruits bigint, centres bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH place AS (
        SELECT ce.id, ce.opened_on <= as_of AND (ce.closed_on IS NULL OR ce.closed_on > as_of) AS open,
               coalesce(z.zoning::text, 'non_classe') AS zoning, coalesce(m.mountain, false) AS mountain
        FROM public.centres ce
        LEFT JOIN public.communes m ON m.insee_code = ce.insee_code
        LEFT JOIN public.commune_zonings z ON z.insee_code = ce.insee_code AND z.valid_from <= as_of
             AND (z.valid_to IS NULL OR z.valid_to >= as_of)),
    recruit AS (
        SELECT pl.zoning, pl.mountain
        FROM (SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a
              ORDER BY a.person_id, a.starts_on, a.id) f
        JOIN public.people p ON p.id = f.person_id JOIN place pl ON pl.id = f.centre_id
        WHERE public.profession_counts_toward_goal(p.profession)
          AND EXISTS (SELECT 1 FROM public.recruitment_events e
                      WHERE e.person_id = f.person_id AND e.stage IN ('embauche', 'en_poste') AND e.occurred_on <= as_of)),
    territory (name) AS (VALUES ('zip'), ('zac'), ('hors_zonage'), ('non_classe'), ('montagne'))
    SELECT t.name,
           (SELECT count(*) FROM recruit r WHERE r.zoning = t.name OR (t.name = 'montagne' AND r.mountain)),
           (SELECT count(*) FROM place p WHERE p.open AND (p.zoning = t.name OR (t.name = 'montagne' AND p.mountain)))
    FROM territory t;
END;

-- The activity of the finished months by the day in one pass over the months (the report read
-- them twice, once for the network's totals, once in report_undeclared_months): the totals, and
-- the months (`AAAA-MM`) some centre open then has not declared with the centre's name, in the
-- order of 0012's report_undeclared_months, planned for its day. Each centre's declarations are
-- counted with their first and last month: a centre whose declarations all fall between its first
-- and its last owed month (all but a few) owes the months of that span less their count; only the
-- others have their owed months counted through the index. The totals count every declared month,
-- as the report always did; every role that prints the report now reads the same totals (a
-- manager's own centres only, before, under the table's row security).
CREATE FUNCTION public.report_activity(as_of date)
RETURNS TABLE (scheduled bigint, unscheduled bigint, home bigint, ehpad bigint, patients bigint,
               undeclared_months text[], undeclared_centres text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH declared AS MATERIALIZED (
        SELECT a.centre_id, count(*) AS months, min(a.month) AS first_month, max(a.month) AS last_month,
               sum(a.scheduled_consultations) AS scheduled, sum(a.unscheduled_consultations) AS unscheduled,
               sum(a.home_visits) AS home, sum(a.ehpad_visits) AS ehpad, sum(a.new_referring_patients) AS patients
        FROM public.monthly_activity a WHERE a.month < date_trunc('month', (as_of + 1)::timestamp)::date
        GROUP BY a.centre_id),
    owed AS (
        SELECT c.id, c.name, date_trunc('month', c.opened_on::timestamp)::date AS first_month,
               least(date_trunc('month', (as_of + 1)::timestamp) - interval '1 month',
                     date_trunc('month', coalesce(c.closed_on - 1, as_of)::timestamp))::date AS last_month
        FROM public.centres c WHERE c.opened_on <= as_of),
    short AS MATERIALIZED (
        SELECT o.* FROM owed o LEFT JOIN declared d ON d.centre_id = o.id
        WHERE CASE WHEN d.first_month >= o.first_month AND d.last_month <= o.last_month THEN d.months
                   ELSE (SELECT count(*) FROM public.monthly_activity a
                         WHERE a.centre_id = o.id AND a.month BETWEEN o.first_month AND o.last_month) END
              < (extract(year FROM o.last_month) * 12 + extract(month FROM o.last_month))
                - (extract(year FROM o.first_month) * 12 + extract(month FROM o.first_month)) + 1),
    missing AS (
        SELECT to_char(m.month, 'YYYY-MM') AS month, s.name AS centre
        FROM short s
        CROSS JOIN LATERAL generate_series(s.first_month::timestamp, s.last_month::timestamp, interval '1 month') AS m(month)
        WHERE NOT EXISTS (SELECT 1 FROM public.monthly_activity a WHERE a.centre_id = s.id AND a.month = m.month::date))
    SELECT (SELECT coalesce(sum(d.scheduled), 0)::int8 FROM declared d),
           (SELECT coalesce(sum(d.unscheduled), 0)::int8 FROM declared d),
           (SELECT coalesce(sum(d.home), 0)::int8 FROM declared d),
           (SELECT coalesce(sum(d.ehpad), 0)::int8 FROM declared d),
           (SELECT coalesce(sum(d.patients), 0)::int8 FROM declared d),
           (SELECT coalesce(array_agg(m.month ORDER BY m.month, m.centre), '{}') FROM missing m),
           (SELECT coalesce(array_agg(m.centre ORDER BY m.month, m.centre), '{}') FROM missing m);
END $$;
REVOKE ALL ON FUNCTION public.report_activity(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_activity(date)
    TO masante_admin, masante_rh, masante_responsable, masante_region;

-- 0012's report_undeclared_months, read from report_activity.
CREATE OR REPLACE FUNCTION public.report_undeclared_months(as_of date) RETURNS TABLE (month text, centre text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT u.month, u.centre
    FROM public.report_activity(as_of) r,
         unnest(r.undeclared_months, r.undeclared_centres) WITH ORDINALITY AS u (month, centre, n)
    ORDER BY u.n;
END;
