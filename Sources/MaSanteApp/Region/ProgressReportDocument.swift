public import MaSante
public import MaSanteReports
public import MaSanteStore

/// The Region prints the progress report towards the recruitment goal as of a past day (or
/// today), as text, CSV, JSON or printable HTML.
public struct ProgressReportDocument {
    /// The day and the format; a day in the future is refused (field `au`).
    public struct Request: Sendable {
        public var asOf: CalendarDate
        public var format: OutputFormat

        public init(asOf: CalendarDate, format: OutputFormat, today: CalendarDate = .today()) throws(RegistryError) {
            guard asOf <= today else {
                throw .fieldRefused(
                    field: "au",
                    message: """
                        le \(asOf.french) est dans le futur ; un rapport décrit ce qui s'est passé jusqu'à une date passée ou aujourd'hui.
                        """)
            }
            self.asOf = asOf
            self.format = format
        }
    }

    /// The report's figures and the document rendered in the format asked.
    public struct Outcome: Sendable {
        public var report: ProgressReport
        public var document: String
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(_ request: Request) throws -> Outcome {
        let report = try ProgressQueries(session).report(asOf: request.asOf)
        let document =
            switch request.format {
            case .texte: ProgressReportText(report: report).text + "\n"
            case .csv: ProgressReportText(report: report).csv
            case .json: ProgressReportText(report: report).json
            case .html: ProgressReportHTML(report: report).render()
            }
        return Outcome(report: report, document: document)
    }
}
