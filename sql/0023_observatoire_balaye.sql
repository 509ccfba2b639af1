-- The observatory as a sweep (issue 18, item 7): the same rows as 0022's report_observatory, in a
-- time that grows with the data instead of with centres × periods × assignments.
--
-- Every stock of the observatory (centres of the territory, centres open, people in post, FTE,
-- vacant FTE) is constant between the days something starts or ends. Each fact that holds from a
-- day to a day (a centre in its territory, a centre open, an assignment under one set of contract
-- terms, a post target) is cut at the days its centre changes territory (a new zoning of its
-- commune), then gives a change at its first day and its opposite the day after its last. Each
-- change falls in the period whose end first sees it (a change before the first period in the
-- first one; after the last day, none); the stock of a period is the running sum of the changes up
-- to it, territory by territory. Two stocks are not plain sums of facts:
-- * people in post count each person once per territory: the changes of one person's presence in
--   a territory come from the running count of their assignments there;
-- * vacant FTE is, per centre and profession, greatest(target − staffed, 0): that function is
--   followed over the changes of the pair (its own running sums), and its own changes are summed.
-- Arrivals and departures stay counts per period, in the territory of the centre at its end.

SET LOCAL ROLE masante_owner;

CREATE OR REPLACE FUNCTION public.report_observatory(from_day date, to_day date, step text, by_what text)
RETURNS TABLE (period date, territory text, arrivals bigint, departures bigint, in_post bigint, fte float8,
               vacant_fte float8, centres_open bigint)
-- Planned at each call with its arguments (EXECUTE … USING), so that the grouping and the step are
-- constants the planner folds; without JIT, whose compiling costs more than it saves here; with
-- hash joins only: the planner cannot count the rows that come out of the CTEs, and chose nested
-- loops (an index probe per assignment) and merge joins (sorting every fact) that cost a fifth of
-- the time at 100×.
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off
    SET enable_nestloop = off SET enable_mergejoin = off AS $$
BEGIN
    RETURN QUERY EXECUTE $query$
    WITH periods AS (
        SELECT p::date AS starts,
               least((p + CASE $3 WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months'
                                    ELSE interval '1 year' END)::date - 1, $2) AS ends
        FROM generate_series(date_trunc($3, $1::timestamp), $2::timestamp,
                             CASE $3 WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months'
                                       ELSE interval '1 year' END) AS p),
    -- The centres of the observatory (opened by the last day) and their territory when it never changes.
    sites AS (
        SELECT ce.id AS centre_id, ce.insee_code, ce.opened_on, ce.closed_on,
               CASE $4
                   WHEN 'departement' THEN ce.departement
                   WHEN 'centre' THEN ce.name
                   WHEN 'montagne' THEN CASE WHEN coalesce(m.mountain, false) THEN 'montagne' ELSE 'hors_montagne' END
               END AS territory
        FROM public.centres ce LEFT JOIN public.communes m ON m.insee_code = ce.insee_code
        WHERE ce.opened_on <= $2),
    -- By zoning: the days a commune may change class cut time into pieces of one class each.
    commune_cuts AS (
        SELECT z.insee_code, z.valid_from AS day FROM public.commune_zonings z
        UNION SELECT z.insee_code, z.valid_to + 1 FROM public.commune_zonings z WHERE z.valid_to IS NOT NULL
        UNION SELECT z.insee_code, '-infinity'::date FROM public.commune_zonings z),
    commune_pieces AS (
        SELECT c.insee_code, c.day AS from_day,
               coalesce(lead(c.day) OVER (PARTITION BY c.insee_code ORDER BY c.day) - 1, 'infinity') AS to_day
        FROM commune_cuts c),
    zoned AS (
        SELECT p.insee_code, p.from_day, p.to_day, coalesce(z.zoning::text, 'non_classe') AS territory
        FROM commune_pieces p
        LEFT JOIN public.commune_zonings z ON z.insee_code = p.insee_code AND z.valid_from <= p.from_day
             AND (z.valid_to IS NULL OR z.valid_to >= p.from_day)),
    -- Each centre's territory over time, in pieces from a day to a day.
    pieces AS (
        SELECT s.centre_id, '-infinity'::date AS from_day, 'infinity'::date AS to_day, s.territory
        FROM sites s WHERE coalesce($4 IN ('departement', 'centre', 'montagne'), false)
        UNION ALL
        SELECT s.centre_id, coalesce(z.from_day, '-infinity'), coalesce(z.to_day, 'infinity'),
               coalesce(z.territory, 'non_classe')
        FROM sites s LEFT JOIN zoned z ON z.insee_code = s.insee_code
        WHERE NOT coalesce($4 IN ('departement', 'centre', 'montagne'), false)),
    -- Each assignment cut at its contract's amendments: what a day under it is worth in FTE (the
    -- view contract_periods, which 0024 makes cheap: its old window over every contract cost more
    -- than the rest of the sweep).
    spans AS (
        SELECT a.centre_id, a.person_id, p.profession, greatest(a.starts_on, c.starts_on) AS starts_on,
               least(coalesce(a.ends_on, 'infinity'), coalesce(c.ends_on, 'infinity')) AS ends_on, c.fte * a.share AS fte
        FROM public.assignments a JOIN public.people p ON p.id = a.person_id
        JOIN public.contract_periods c ON c.contract_id = a.contract_id
             AND c.starts_on <= coalesce(a.ends_on, 'infinity') AND coalesce(c.ends_on, 'infinity') >= a.starts_on),
    -- What holds from a day to a day: a centre in the grouping, open, a span of work, a post target.
    facts (kind, centre_id, person_id, profession, from_day, to_day, value) AS (
        SELECT 'site', s.centre_id, NULL::bigint, NULL::public.profession, '-infinity'::date, 'infinity'::date, 1::numeric
        FROM sites s
        UNION ALL
        SELECT 'open', s.centre_id, NULL, NULL, s.opened_on, coalesce(s.closed_on - 1, 'infinity'), 1 FROM sites s
        UNION ALL
        SELECT 'span', w.centre_id, w.person_id, w.profession, w.starts_on, w.ends_on, w.fte FROM spans w
        UNION ALL
        SELECT 'target', t.centre_id, NULL, t.profession, t.valid_from, coalesce(t.valid_to, 'infinity'), t.fte
        FROM public.post_targets t),
    -- Each fact cut at its centre's pieces, with the period whose end first sees it start and the
    -- one whose end first sees it over (the day after its last; none after the last day). A fact
    -- that starts and ends within one period changes no period's end: it is left out.
    clipped AS MATERIALIZED (
        SELECT x.kind, x.centre_id, x.person_id, x.profession, x.territory, x.value, x.starts,
               CASE WHEN x.after_day <= $2 THEN date_trunc($3, greatest(x.after_day, $1)::timestamp)::date END AS ends
        FROM (SELECT f.kind, f.centre_id, f.person_id, f.profession, p.territory, f.value,
                     date_trunc($3, greatest(f.from_day, p.from_day, $1)::timestamp)::date AS starts,
                     least(f.to_day, p.to_day) + 1 AS after_day
              FROM facts f JOIN pieces p ON p.centre_id = f.centre_id AND p.from_day <= f.to_day AND p.to_day >= f.from_day
              WHERE f.from_day <= f.to_day AND f.from_day <= $2 AND p.from_day <= $2) x
        WHERE x.after_day > $2 OR date_trunc($3, greatest(x.after_day, $1)::timestamp)::date <> x.starts),
    -- Its changes: at the first period, its value; at the other, the opposite.
    changes AS (
        SELECT c.kind, c.centre_id, c.person_id, c.profession, c.territory, c.starts AS period, 1 AS sign, c.value
        FROM clipped c
        UNION ALL
        SELECT c.kind, c.centre_id, c.person_id, c.profession, c.territory, c.ends, -1, -c.value
        FROM clipped c WHERE c.ends IS NOT NULL),
    plain AS (
        SELECT c.territory, c.period,
               sum(c.sign) FILTER (WHERE c.kind = 'site') AS sites,
               sum(c.sign) FILTER (WHERE c.kind = 'open') AS open,
               sum(c.value) FILTER (WHERE c.kind = 'span' AND public.profession_counts_toward_goal(c.profession)) AS fte
        FROM changes c GROUP BY 1, 2),
    -- A person is in post in a territory while at least one of their spans there runs: with one
    -- span there, its own changes; with several, the changes of their running count's sign.
    several AS (
        SELECT c.person_id, c.territory FROM clipped c
        WHERE c.kind = 'span' AND public.profession_counts_toward_goal(c.profession)
        GROUP BY 1, 2 HAVING count(*) > 1),
    presence AS (
        SELECT c.territory, c.period, c.sign AS change FROM changes c
        WHERE c.kind = 'span' AND public.profession_counts_toward_goal(c.profession)
          AND (c.person_id, c.territory) NOT IN (SELECT s.person_id, s.territory FROM several s)
        UNION ALL
        SELECT x.territory, x.period, (x.running > 0)::int - coalesce(lag((x.running > 0)::int) OVER w, 0)
        FROM (SELECT c.person_id, c.territory, c.period,
                     sum(sum(c.sign)::int) OVER (PARTITION BY c.person_id, c.territory ORDER BY c.period) AS running
              FROM changes c WHERE c.kind = 'span' AND (c.person_id, c.territory) IN (SELECT s.person_id, s.territory
                                                                                    FROM several s)
              GROUP BY 1, 2, 3) x
        WINDOW w AS (PARTITION BY x.person_id, x.territory ORDER BY x.period)),
    -- Vacant FTE of a centre's profession: greatest(target − staffed, 0), followed over its changes.
    vacancy AS (
        SELECT x.territory, x.period, x.vacant - coalesce(lag(x.vacant) OVER w, 0) AS change
        FROM (SELECT c.centre_id, c.profession, c.territory, c.period,
                     greatest(sum(sum(c.value) FILTER (WHERE c.kind = 'target')) OVER v
                              - coalesce(sum(sum(c.value) FILTER (WHERE c.kind = 'span')) OVER v, 0), 0) AS vacant
              FROM changes c
              WHERE c.kind = 'target'
                 OR (c.kind = 'span' AND (c.centre_id, c.profession) IN (SELECT t.centre_id, t.profession
                                                                        FROM public.post_targets t))
              GROUP BY 1, 2, 3, 4
              WINDOW v AS (PARTITION BY c.centre_id, c.profession, c.territory ORDER BY c.period)) x
        WINDOW w AS (PARTITION BY x.centre_id, x.profession, x.territory ORDER BY x.period)),
    -- Each person's first centre and last centre (by start, then by id).
    ends AS (
        SELECT DISTINCT ON (a.person_id) a.person_id, a.centre_id AS first_centre,
               last_value(a.centre_id) OVER (PARTITION BY a.person_id ORDER BY a.starts_on, a.id
                                             ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_centre
        FROM public.assignments a ORDER BY a.person_id, a.starts_on, a.id),
    -- Arrivals and departures: in the period of their day, in the territory of the centre at its end.
    moves AS (
        SELECT m.period, p.territory, m.arrived, m.departed
        FROM (SELECT f.first_centre AS centre_id, date_trunc($3, h.hired_on::timestamp)::date AS period,
                     1 AS arrived, 0 AS departed
              FROM (SELECT e.person_id, min(e.occurred_on) AS hired_on FROM public.recruitment_events e
                    WHERE e.stage IN ('embauche', 'en_poste') AND e.occurred_on <= $2 GROUP BY e.person_id) h
              JOIN public.people hp ON hp.id = h.person_id JOIN ends f ON f.person_id = h.person_id
              WHERE public.profession_counts_toward_goal(hp.profession) AND h.hired_on >= date_trunc($3, $1::timestamp)
              UNION ALL
              SELECT l.last_centre, date_trunc($3, e.occurred_on::timestamp)::date, 0, 1
              FROM public.recruitment_events e JOIN public.people pp ON pp.id = e.person_id
              JOIN ends l ON l.person_id = e.person_id
              WHERE e.stage = 'parti' AND public.profession_counts_toward_goal(pp.profession)
                AND e.occurred_on >= date_trunc($3, $1::timestamp) AND e.occurred_on <= $2) m
        CROSS JOIN LATERAL (SELECT least((m.period + CASE $3 WHEN 'month' THEN interval '1 month'
                                                             WHEN 'quarter' THEN interval '3 months'
                                                             ELSE interval '1 year' END)::date - 1, $2) AS day) pe
        JOIN pieces p ON p.centre_id = m.centre_id AND p.from_day <= pe.day AND p.to_day >= pe.day),
    per_period AS (
        SELECT u.territory, u.period, sum(u.sites) AS sites, sum(u.open) AS open, sum(u.people) AS people,
               sum(u.fte) AS fte, sum(u.vacant) AS vacant, sum(u.arrived) AS arrived, sum(u.departed) AS departed
        FROM (SELECT territory, period, sites, open, 0 AS people, fte, 0 AS vacant, 0 AS arrived, 0 AS departed
              FROM plain
              UNION ALL
              SELECT territory, period, 0, 0, change, 0, 0, 0, 0 FROM presence WHERE change <> 0
              UNION ALL
              SELECT territory, period, 0, 0, 0, 0, change, 0, 0 FROM vacancy WHERE change <> 0
              UNION ALL
              SELECT territory, period, 0, 0, 0, 0, 0, arrived, departed FROM moves) u
        GROUP BY 1, 2),
    territories AS (SELECT DISTINCT p.territory FROM pieces p),
    grid AS (
        SELECT pe.starts, t.territory,
               sum(coalesce(d.sites, 0)) OVER w AS sites, sum(coalesce(d.open, 0)) OVER w AS open,
               sum(coalesce(d.people, 0)) OVER w AS people, sum(coalesce(d.fte, 0)) OVER w AS fte,
               sum(coalesce(d.vacant, 0)) OVER w AS vacant,
               coalesce(d.arrived, 0) AS arrived, coalesce(d.departed, 0) AS departed
        FROM periods pe CROSS JOIN territories t
        LEFT JOIN per_period d ON d.period = pe.starts AND d.territory = t.territory
        WINDOW w AS (PARTITION BY t.territory ORDER BY pe.starts))
    SELECT g.starts, g.territory, g.arrived::bigint, g.departed::bigint,
           CASE WHEN g.people = 0 OR g.people >= public.report_minimum_cell() THEN g.people::bigint END,
           CASE WHEN g.people = 0 OR g.people >= public.report_minimum_cell() THEN g.fte::float8 END,
           g.vacant::float8, g.open::bigint
    FROM grid g
    WHERE g.sites > 0
    ORDER BY g.starts, g.territory
    $query$ USING from_day, to_day, step, by_what;
END $$;
REVOKE ALL ON FUNCTION public.report_observatory(date, date, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.report_observatory(date, date, text, text)
    TO masante_admin, masante_rh, masante_responsable, masante_region;
