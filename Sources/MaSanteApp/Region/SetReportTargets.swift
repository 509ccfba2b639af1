public import MaSante
public import MaSanteStore

/// The Region changes the report's other targets, kept as settings: the openings per year (about
/// ten) and a year's sub-target for a profession (the 25 specialists of 2022).
public struct SetReportTargets {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Sets the openings-per-year target; a negative one is refused (field `ouvertures-par-an`).
    public func openings(perYear: Int) throws -> String {
        guard perYear >= 0 else {
            throw RegistryError.fieldRefused(
                field: "ouvertures-par-an", message: "un nombre positif ou nul est attendu (\(perYear))")
        }
        try session.transaction { try ProgressQueries(session).setOpeningsTarget(perYear) }
        return "Objectif d'ouvertures : environ \(perYear) centre(s) par an."
    }

    /// Sets `year`'s sub-target for `profession` (0 removes it); a negative target or a year out
    /// of 2020…2100 is refused.
    public func yearTarget(year: Int, profession: Profession, target: Int) throws -> String {
        guard (2020...2100).contains(year) else {
            throw RegistryError.fieldRefused(field: "annee", message: "une année de 2020 à 2100 est attendue (\(year))")
        }
        guard target >= 0 else {
            throw RegistryError.fieldRefused(
                field: "cible-annuelle", message: "un nombre positif ou nul est attendu (\(target))")
        }
        try session.transaction {
            try ProgressQueries(session).setYearTarget(year: year, profession: profession, target: target)
        }
        return target == 0
            ? "Objectif \(year) — \(profession.label) : retiré."
            : "Objectif \(year) — \(profession.label) : \(target) recrutement(s) dans l'année."
    }
}
