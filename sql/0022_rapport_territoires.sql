-- The progress report's new sections (issue 18, item 4): recruits and open centres by ARS zoning
-- and in the mountain zone, yearly sub-targets by profession and the openings-per-year target as
-- settings, and the pipeline of future centres. Aggregates only, like the other report_* functions.

SET LOCAL ROLE masante_owner;

-- The settings: about ten openings a year (until now a constant of the report) and the yearly
-- sub-targets by profession, the 25 specialists of 2022 first (the launch announcement). The
-- Region sets them, as it sets its goal.
INSERT INTO public.settings (key, value) VALUES
    ('objectif_ouvertures', '{"par_an": 10}'),
    ('objectifs_annuels', '{"2022": {"medecin_specialiste": 25}}')
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION public.settings_shape() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.key OPERATOR(pg_catalog.=) 'objectif_ouvertures'
       AND NOT (pg_catalog.jsonb_typeof(NEW.value -> 'par_an') OPERATOR(pg_catalog.=) 'number'
                AND (NEW.value ->> 'par_an')::numeric OPERATOR(pg_catalog.>=) 0) THEN
        RAISE EXCEPTION 'objectif_ouvertures needs a number par_an >= 0'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settings_openings_target';
    END IF;
    IF NEW.key OPERATOR(pg_catalog.=) 'objectifs_annuels' AND EXISTS (
        SELECT FROM pg_catalog.jsonb_each(NEW.value) y, pg_catalog.jsonb_each(y.value) p
        WHERE y.key !~ '^[0-9]{4}$'
           OR NOT p.key OPERATOR(pg_catalog.=) ANY (pg_catalog.enum_range(NULL::public.profession)::text[])
           OR pg_catalog.jsonb_typeof(p.value) OPERATOR(pg_catalog.<>) 'number'
           OR (p.value #>> '{}')::numeric OPERATOR(pg_catalog.<) 0) THEN
        RAISE EXCEPTION 'objectifs_annuels holds a year, a profession or a target that is not valid'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settings_yearly_targets';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER settings_shape BEFORE INSERT OR UPDATE ON public.settings
    FOR EACH ROW EXECUTE FUNCTION public.settings_shape();
GRANT EXECUTE ON FUNCTION public.settings_shape() TO masante_admin, masante_region;

CREATE POLICY region_targets_insert ON public.settings FOR INSERT TO masante_region
    WITH CHECK (key IN ('objectif_ouvertures', 'objectifs_annuels'));
CREATE POLICY region_targets_update ON public.settings FOR UPDATE TO masante_region
    USING (key IN ('objectif_ouvertures', 'objectifs_annuels'))
    WITH CHECK (key IN ('objectif_ouvertures', 'objectifs_annuels'));

-- Recruits (counted toward the goal, by the commune of their first centre) and centres open on the
-- day, by the ARS zoning in force that day (zip, zac, hors_zonage; non_classe without a zoning
-- period or a known commune) and in the mountain zone (montagne).
CREATE FUNCTION public.report_territories(as_of date)
RETURNS TABLE (territory text, recruits bigint, centres bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH first_centre AS (
        SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a
        ORDER BY a.person_id, a.starts_on, a.id),
    place AS (
        SELECT ce.id, ce.opened_on <= as_of AND (ce.closed_on IS NULL OR ce.closed_on > as_of) AS open,
               coalesce(z.zoning::text, 'non_classe') AS zoning, coalesce(m.mountain, false) AS mountain
        FROM public.centres ce
        LEFT JOIN public.communes m ON m.insee_code = ce.insee_code
        LEFT JOIN public.commune_zonings z ON z.insee_code = ce.insee_code AND z.valid_from <= as_of
             AND (z.valid_to IS NULL OR z.valid_to >= as_of)),
    recruit AS (
        SELECT p.zoning, p.mountain FROM public.hires h
        JOIN first_centre f ON f.person_id = h.person_id JOIN place p ON p.id = f.centre_id
        WHERE h.counts_toward_goal AND h.hired_on <= as_of),
    territory (name) AS (VALUES ('zip'), ('zac'), ('hors_zonage'), ('non_classe'), ('montagne'))
    SELECT t.name,
           (SELECT count(*) FROM recruit r WHERE r.zoning = t.name OR (t.name = 'montagne' AND r.mountain)),
           (SELECT count(*) FROM place p WHERE p.open AND (p.zoning = t.name OR (t.name = 'montagne' AND p.mountain)))
    FROM territory t;
END;

-- Hires counted toward the goal, per calendar year and profession (for the yearly sub-targets).
CREATE FUNCTION public.report_hires_by_year(as_of date)
RETURNS TABLE (year text, profession text, hires bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT extract(year FROM h.hired_on)::int::text, h.profession::text, count(*)
    FROM public.hires h WHERE h.counts_toward_goal AND h.hired_on <= as_of
    GROUP BY 1, 2;
END;

-- The centres not open yet on the day, by the latest stage of their life reached by then
-- (candidature, retenue, convention_signee, en_preparation); a centre given up has none.
CREATE FUNCTION public.report_pipeline(as_of date)
RETURNS TABLE (status text, centres bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    WITH latest AS (
        SELECT DISTINCT ON (e.centre_id) e.centre_id, e.status FROM public.centre_status_events e
        WHERE e.effective_on <= as_of ORDER BY e.centre_id, e.status DESC)
    SELECT l.status::text, count(*) FROM latest l
    WHERE l.status IN ('candidature', 'retenue', 'convention_signee', 'en_preparation')
    GROUP BY l.status;
END;

REVOKE ALL ON FUNCTION public.report_territories(date), public.report_hires_by_year(date),
    public.report_pipeline(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_territories(date), public.report_hires_by_year(date),
    public.report_pipeline(date) TO masante_admin, masante_rh, masante_responsable, masante_region;

-- The observatory (issue 18, item 3): for each period from `from_day` to `to_day` (step month,
-- quarter or year) and each territory (grouping departement, zonage, montagne or centre), the
-- health professionals who arrived (hired, where first assigned) and left (where last assigned),
-- those in post at the period's end and their FTE (contract terms of that day × share; withheld
-- below the minimum cell, as in report_centres), the vacant FTE of the posts then and the centres
-- open then. A centre's zoning is the one in force at the period's end.
CREATE FUNCTION public.report_observatory(from_day date, to_day date, step text, by_what text)
RETURNS TABLE (period date, territory text, arrivals bigint, departures bigint, in_post bigint, fte float8,
               vacant_fte float8, centres_open bigint)
-- Planned at each call with its arguments (EXECUTE … USING): a generic plan of this query, blind to
-- the step and the grouping, took seconds where the custom one takes milliseconds; and without JIT,
-- whose compiling cost seconds more than it saved (as for the progress report).
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS $$
BEGIN
    RETURN QUERY EXECUTE $query$
    WITH periods AS (
        SELECT p::date AS starts,
               least((p + CASE $3 WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months'
                                    ELSE interval '1 year' END)::date - 1, $2) AS ends
        FROM generate_series(date_trunc($3, $1::timestamp), $2::timestamp,
                             CASE $3 WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months'
                                       ELSE interval '1 year' END) AS p),
    cp AS (
        SELECT pe.starts, pe.ends, ce.id AS centre_id,
               ce.opened_on <= pe.ends AND (ce.closed_on IS NULL OR ce.closed_on > pe.ends) AS open,
               CASE $4
                   WHEN 'departement' THEN ce.departement
                   WHEN 'centre' THEN ce.name
                   WHEN 'montagne' THEN CASE WHEN coalesce(m.mountain, false) THEN 'montagne' ELSE 'hors_montagne' END
                   ELSE coalesce((SELECT z.zoning::text FROM public.commune_zonings z
                                  WHERE z.insee_code = ce.insee_code AND z.valid_from <= pe.ends
                                    AND (z.valid_to IS NULL OR z.valid_to >= pe.ends)), 'non_classe')
               END AS territory
        FROM periods pe CROSS JOIN public.centres ce LEFT JOIN public.communes m ON m.insee_code = ce.insee_code
        WHERE ce.opened_on <= $2),
    first_centre AS (
        SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a
        ORDER BY a.person_id, a.starts_on, a.id),
    last_centre AS (
        SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id FROM public.assignments a
        ORDER BY a.person_id, a.starts_on DESC, a.id DESC),
    arrived AS (
        SELECT cp.starts, cp.territory, count(*) AS n
        FROM public.hires h JOIN first_centre f ON f.person_id = h.person_id
        JOIN cp ON cp.centre_id = f.centre_id AND h.hired_on BETWEEN cp.starts AND cp.ends
        WHERE h.counts_toward_goal
        GROUP BY 1, 2),
    departed AS (
        SELECT cp.starts, cp.territory, count(*) AS n
        FROM public.recruitment_events e JOIN public.people p ON p.id = e.person_id
        JOIN last_centre l ON l.person_id = e.person_id
        JOIN cp ON cp.centre_id = l.centre_id AND e.occurred_on BETWEEN cp.starts AND cp.ends
        WHERE e.stage = 'parti' AND public.profession_counts_toward_goal(p.profession)
        GROUP BY 1, 2),
    -- Each assignment cut at its contract's amendments, once: what a day under it is worth in FTE.
    spans AS MATERIALIZED (
        SELECT a.centre_id, a.person_id, p.profession, greatest(a.starts_on, c.starts_on) AS starts_on,
               least(coalesce(a.ends_on, 'infinity'), coalesce(c.ends_on, 'infinity')) AS ends_on, c.fte * a.share AS fte
        FROM public.assignments a
        JOIN public.contract_periods c ON c.contract_id = a.contract_id
             AND c.starts_on <= coalesce(a.ends_on, 'infinity') AND coalesce(c.ends_on, 'infinity') >= a.starts_on
        JOIN public.people p ON p.id = a.person_id),
    worked AS (
        SELECT cp.starts, cp.territory, cp.centre_id, w.person_id, w.profession, w.fte
        FROM cp JOIN spans w ON w.centre_id = cp.centre_id AND w.starts_on <= cp.ends AND w.ends_on >= cp.ends),
    staff AS (
        SELECT w.starts, w.territory, count(DISTINCT w.person_id) AS people, sum(w.fte)::float8 AS fte
        FROM worked w WHERE public.profession_counts_toward_goal(w.profession)
        GROUP BY 1, 2),
    staffed AS (
        SELECT w.starts, w.centre_id, w.profession, sum(w.fte) AS fte FROM worked w GROUP BY 1, 2, 3),
    vacant AS (
        SELECT cp.starts, cp.territory, sum(greatest(t.fte - coalesce(s.fte, 0), 0))::float8 AS fte
        FROM cp JOIN public.post_targets t ON t.centre_id = cp.centre_id AND t.valid_from <= cp.ends
             AND (t.valid_to IS NULL OR t.valid_to >= cp.ends)
        LEFT JOIN staffed s ON s.starts = cp.starts AND s.centre_id = cp.centre_id AND s.profession = t.profession
        GROUP BY 1, 2),
    grid AS (
        SELECT cp.starts, cp.territory, count(*) FILTER (WHERE cp.open) AS open FROM cp GROUP BY 1, 2)
    SELECT g.starts, g.territory, coalesce(ar.n, 0), coalesce(de.n, 0),
           CASE WHEN coalesce(st.people, 0) = 0 OR st.people >= public.report_minimum_cell() THEN coalesce(st.people, 0) END,
           CASE WHEN coalesce(st.people, 0) = 0 OR st.people >= public.report_minimum_cell() THEN coalesce(st.fte, 0) END,
           coalesce(va.fte, 0), g.open
    FROM grid g
    LEFT JOIN arrived ar ON ar.starts = g.starts AND ar.territory = g.territory
    LEFT JOIN departed de ON de.starts = g.starts AND de.territory = g.territory
    LEFT JOIN staff st ON st.starts = g.starts AND st.territory = g.territory
    LEFT JOIN vacant va ON va.starts = g.starts AND va.territory = g.territory
    ORDER BY g.starts, g.territory
    $query$ USING from_day, to_day, step, by_what;
END $$;
REVOKE ALL ON FUNCTION public.report_observatory(date, date, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_observatory(date, date, text, text)
    TO masante_admin, masante_rh, masante_responsable, masante_region;
