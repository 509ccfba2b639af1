import Foundation
public import MaSante
import MaSanteApp

extension CandidateSlot {
    /// The slot `planning suggerer` is asked about, refused on the option at fault (65): `--lieu`
    /// for a visit to an EHPAD without a place, `--fin` otherwise. The centre comes later.
    public static func options(
        day: CalendarDate, from start: TimeOfDay, to end: TimeOfDay, activity: Activity, place: String?
    ) throws -> CandidateSlot {
        do {
            return try CandidateSlot(centreID: 0, day: day, from: start, to: end, activity: activity, place: place)
        } catch {
            let option =
                activity == .visiteEHPAD && (place ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? "lieu" : "fin"
            throw UserFailure("option --\(option) : \(error.message)", kind: .badData)
        }
    }
}
