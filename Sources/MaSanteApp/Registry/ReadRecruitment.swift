public import MaSante
public import MaSanteReports
public import MaSanteStore

/// HR reads the recruitment: each person at their last stage (`recrutement liste`), or one
/// person's dated stages (`recrutement historique`).
public struct ReadRecruitment {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Each person at their last stage (only `stage` when given), in `format`.
    public func pipeline(stage: RecruitmentStage?, format: OutputFormat) throws -> String {
        Recruitment.document(try Recruitment(session).pipeline(stage: stage), format)
    }

    /// The person `reference` names, then each of their dated stages with its note; an unknown
    /// person is refused (``StoreError/notFound(_:)``).
    public func history(of reference: String) throws -> [String] {
        let person = try PeopleQueries(session).find(reference)
        return Recruitment.historyLines(person, try Recruitment(session).history(of: person))
    }
}
