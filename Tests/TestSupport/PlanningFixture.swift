/// The small network the planning tests of the store and of the CLI share: Millas (open Mon–Fri
/// 08:30–12:30 and 13:30–19:00, Sat 08:30–12:00) and Thuir; REY works half in each, DENIS, DELPECH and
/// MULLER in Millas, FABRE in Thuir only. SQL for a migrated database.
public enum PlanningFixture {
    public static let sql = """
        INSERT INTO centres (name, commune, insee_code, departement, status, opened_on) VALUES
            ('Centre de santé de Millas', 'Millas', '66108', '66', 'ouvert', '2023-01-01'),
            ('Centre de santé de Thuir', 'Thuir', '66210', '66', 'ouvert', '2023-01-01');
        INSERT INTO opening_hours (centre_id, weekday, opens_at, closes_at)
            SELECT c.id, d, time '08:30', time '12:30' FROM centres c, generate_series(1, 5) d
            UNION ALL SELECT c.id, d, time '13:30', time '19:00' FROM centres c, generate_series(1, 5) d
            UNION ALL SELECT c.id, 6, time '08:30', time '12:00' FROM centres c;
        INSERT INTO people (last_name, first_name, profession) VALUES
            ('REY', 'Arnaud', 'medecin_generaliste'), ('DENIS', 'Karim', 'medecin_generaliste'),
            ('DELPECH', 'Clara', 'secretaire_medical'), ('MULLER', 'Quentin', 'secretaire_medical'),
            ('FABRE', 'Lucie', 'infirmier');
        INSERT INTO contracts (person_id, kind, starts_on, weekly_hours) SELECT id, 'CDI', '2024-01-01', 35 FROM people;
        INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, share)
            SELECT p.id, k.id, c.id, '2024-01-01', CASE p.last_name WHEN 'REY' THEN 0.5 ELSE 1 END FROM people p JOIN contracts k ON k.person_id = p.id JOIN centres c
                ON (c.name = 'Centre de santé de Millas' AND p.last_name IN ('REY', 'DENIS', 'DELPECH', 'MULLER'))
                OR (c.name = 'Centre de santé de Thuir' AND p.last_name IN ('REY', 'FABRE'));
        """
}
