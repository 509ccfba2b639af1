-- Each person's whole job under their own role (issue 14): the grants the work in the guides
-- needs, found by running every guide's commands under its role (RoleMatrixTests), and nothing
-- more. 0007 only tested what the roles must not do.

SET LOCAL ROLE masante_owner;

-- HR registers candidates and recruits: the recruitment check calls the transition rule; the
-- imports number new people, contracts and centres ahead (nextval) to link their rows in one
-- statement; opening hours are kept apart by an exclusion on time ranges.
GRANT EXECUTE ON FUNCTION public.recruitment_transition_allowed(public.recruitment_stage, public.recruitment_stage)
    TO masante_rh, masante_admin;
GRANT EXECUTE ON FUNCTION public.timerange(time, time), public.timerange(time, time, text)
    TO masante_rh, masante_responsable, masante_admin;
GRANT USAGE, SELECT ON SEQUENCE public.people_id_seq, public.contracts_id_seq, public.assignments_id_seq,
    public.centres_id_seq, public.sites_id_seq, public.collectivites_id_seq, public.recruitment_events_id_seq,
    public.centre_status_events_id_seq, public.staff_preferences_id_seq
    TO masante_rh;

-- Everyone asks which centres they run (my_centres(), empty but for managers): the policy shows
-- each login its own rows only.
GRANT SELECT ON public.centre_managers TO masante_rh, masante_region;
CREATE POLICY others_own_login ON public.centre_managers FOR SELECT TO masante_rh, masante_region
    USING (login = current_user);

-- The list of centres names their partner communes and opening hours: public facts, which
-- managers and the Region read too (`masante centres liste`).
GRANT SELECT ON public.collectivites TO masante_responsable, masante_region;
GRANT SELECT ON public.opening_hours TO masante_region;
CREATE POLICY region_read ON public.opening_hours FOR SELECT TO masante_region USING (true);
GRANT SELECT ON public.sites TO masante_region;
CREATE POLICY region_read ON public.sites FOR SELECT TO masante_region USING (true);

-- The Region sets its own goal and deadline (`masante objectif --cible … --echeance …`), and
-- only that setting.
GRANT INSERT, UPDATE ON public.settings TO masante_region;
ALTER TABLE public.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_all ON public.settings TO masante_admin USING (true) WITH CHECK (true);
CREATE POLICY everyone_reads ON public.settings FOR SELECT TO masante_rh, masante_responsable, masante_region USING (true);
CREATE POLICY region_goal_insert ON public.settings FOR INSERT TO masante_region
    WITH CHECK (key = 'objectif_recrutement');
CREATE POLICY region_goal_update ON public.settings FOR UPDATE TO masante_region
    USING (key = 'objectif_recrutement') WITH CHECK (key = 'objectif_recrutement');
