import Foundation
import MaSante
import MaSanteReports
import Testing

@Suite struct ChangeHistoryTests {
    @Test func theJSONWritesEveryKeyWithNullForWhatAChangeHasNot() throws {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let added = ChangedShift(
            personName: "Arnaud REY", start: start, end: start.addingTimeInterval(4 * 3600), activity: .consultation,
            place: nil)
        let changes = [
            PlanningChange(
                at: start, by: "demo.millas", operation: "publication", reason: nil, before: nil, after: nil),
            PlanningChange(
                at: start, by: "demo.millas", operation: "ajout", reason: "Renfort", before: nil, after: added),
        ]
        let json = try ChangeHistory.json(
            changes, centre: "Centre de santé de Millas", week: ISOWeek(containing: .today()))
        #expect(json.components(separatedBy: "\"motif\" : null").count == 2, "\(json)")
        #expect(json.components(separatedBy: "\"avant\" : null").count == 3, "\(json)")
        #expect(json.components(separatedBy: "\"apres\" : null").count == 2, "\(json)")
        // A shift's place is left out when there is none, as before.
        #expect(!json.contains("\"lieu\""), "\(json)")
    }
}
