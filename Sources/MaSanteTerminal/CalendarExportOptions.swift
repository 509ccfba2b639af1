public import ArgumentParser
public import Foundation
public import MaSante
public import MaSanteApp
public import MaSanteStore

/// The format of `planning exporter` (ics only), whose shifts it writes (`--personne` or
/// `--centre`) and over which days (`--semaine`, or `--du` and `--au`).
public struct CalendarExportOptions: ParsableArguments {
    @Option(help: "Format : ics.") public var format = "ics"
    @Option(help: "La personne : RPPS, numéro ou « NOM Prénom ».") public var personne: String?
    @Option(help: ArgumentHelp(centreOptionHelp + " Tout son personnel.")) public var centre: String?
    @Option(help: ArgumentHelp("Une seule semaine. " + weekOptionHelp + ".")) public var semaine: ISOWeek?
    @Option(help: "Premier jour exporté (AAAA-MM-JJ).") public var du: CalendarDate?
    @Option(help: "Dernier jour exporté (AAAA-MM-JJ).") public var au: CalendarDate?

    public init() {}

    /// The format (64), one owner at most (64), one way of giving the days (64), and a last day
    /// not before the first (65).
    public func validate() throws {
        guard format.lowercased() == "ics" else {
            throw ValidationError("format inconnu « \(format) » : valeurs possibles ics")
        }
        guard personne == nil || centre == nil else {
            throw ValidationError("indiquez soit --personne, soit --centre, pas les deux")
        }
        guard semaine == nil || (du == nil && au == nil) else {
            throw ValidationError("--semaine ou bien --du/--au, pas les deux")
        }
        try OptionRefusal.checking { _ = try period() }
    }

    /// The days to export (``CalendarShifts/period(week:first:last:today:)``).
    public func period() throws -> DateInterval { try CalendarShifts.period(week: semaine, first: du, last: au) }

    /// The person named, else the centre (the login's only one when `--centre` is left out).
    public func owner(_ session: Session) throws -> CalendarShifts.Owner {
        if let personne { return .person(personne) }
        return .centre(try MyCentres(session).centre(option: centre))
    }
}
