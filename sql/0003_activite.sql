-- Monthly activity of each centre: aggregates only, never patient-level data (RGPD).

CREATE TABLE monthly_activity (
    centre_id                  bigint NOT NULL REFERENCES centres,
    month                      date NOT NULL CHECK (month = date_trunc('month', month)::date),
    scheduled_consultations    integer NOT NULL CHECK (scheduled_consultations >= 0),
    unscheduled_consultations  integer NOT NULL CHECK (unscheduled_consultations >= 0),
    home_visits                integer NOT NULL CHECK (home_visits >= 0),
    ehpad_visits               integer NOT NULL CHECK (ehpad_visits >= 0),
    new_referring_patients     integer NOT NULL CHECK (new_referring_patients >= 0),
    recorded_at                timestamptz NOT NULL DEFAULT now(),
    recorded_by                text NOT NULL DEFAULT current_user,
    PRIMARY KEY (centre_id, month)
);
CREATE INDEX monthly_activity_month_idx ON monthly_activity (month);
COMMENT ON TABLE monthly_activity IS
    'Activité mensuelle agrégée par centre ; aucune donnée individuelle de patient.';
COMMENT ON COLUMN monthly_activity.new_referring_patients IS
    'Nouveaux patients ayant déclaré un médecin traitant du centre dans le mois.';

-- The Region's goal: 200 health professionals by a deadline (both can be changed).
INSERT INTO settings (key, value) VALUES ('objectif_recrutement', '{"cible": 200, "echeance": "2028-03-31"}');
