import MaSante
import MaSantePostgres
import PQ

extension DemoNetworkWriter {
    /// Amendments and re-hires (see `NetworkHistory.Hire`): an amendment is written unless its
    /// contract already has one from that day or later (HR may have amended the demo since); a
    /// re-hire is a new contract in the same centre, hired and in post again in a new cycle of
    /// recruitment events (the database numbers the cycle).
    func writeLaterChanges(
        _ hires: [NetworkHistory.Hire], centreIDs: [String: Int], personIDs: [String: Int]
    ) throws -> Int {
        var written = 0
        for hire in hires where !hire.amendments.isEmpty || hire.rehire != nil {
            let personID = try id(personIDs, Self.personKey(hire.record))
            let contractStart = hire.followOn ?? hire.record.contract.start
            for (amendment, note) in hire.amendments {
                written += try connection.execute(
                    """
                    INSERT INTO contract_amendments (contract_id, person_id, effective_on, kind, weekly_hours, ends_on, note)
                    SELECT c.id, c.person_id, \(amendment.effective), \(amendment.type), \(amendment.weeklyHours),
                           \(amendment.end), \(note)::text
                    FROM contracts c
                    WHERE c.person_id = \(personID) AND c.starts_on = \(contractStart)
                      AND NOT EXISTS (SELECT 1 FROM contract_amendments a
                                      WHERE a.contract_id = c.id AND a.effective_on >= \(amendment.effective))
                    """)
            }
            if let contract = hire.rehire {
                let centreID = try id(centreIDs, hire.record.centre.lowercased())
                written += try writeRehire(contract, person: personID, centre: centreID)
            }
        }
        return written
    }

    private func writeRehire(_ contract: Contract, person personID: Int, centre centreID: Int) throws -> Int {
        var written = try connection.execute(
            """
            INSERT INTO contracts (person_id, kind, starts_on, ends_on, weekly_hours)
            SELECT \(personID), \(contract.type), \(contract.start), \(contract.end), \(contract.weeklyHours)
            WHERE NOT EXISTS (SELECT 1 FROM contracts WHERE person_id = \(personID) AND starts_on = \(contract.start))
            """)
        written += try connection.execute(
            """
            INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on)
            SELECT c.person_id, c.id, \(centreID), c.starts_on, c.ends_on FROM contracts c
            WHERE c.person_id = \(personID) AND c.starts_on = \(contract.start)
              AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.contract_id = c.id)
            """)
        for stage in [RecruitmentStage.embauche, .enPoste] {
            written += try connection.execute(
                """
                INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
                SELECT \(personID), \(stage), \(contract.start), 'réembauche'
                WHERE (\(stage)::recruitment_stage = 'embauche' OR \(contract.start) <= current_date)
                  AND NOT EXISTS (SELECT 1 FROM recruitment_events
                                  WHERE person_id = \(personID) AND stage = \(stage) AND occurred_on >= \(contract.start))
                """)
        }
        return written
    }
}
