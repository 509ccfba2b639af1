import Foundation
import MaSante
import MaSanteReports

/// A centre's week as the values of `planning-semaine`: the grid (people × days, each shift a
/// link to change it, as on the printed sheet), the findings beside it, the links to the weeks
/// around it and the forms of the week.
struct ManagerWeekPage {
    let view: WeekView
    let address: ManagerWeekAddress

    /// What a redirect's `fait=` says once the page is back (Post/Redirect/Get).
    static let notices: [String: String] = [
        "ajout": "Service ajouté. Les constats ci-contre sont à jour.",
        "modification": "Service modifié. Les constats ci-contre sont à jour.",
        "suppression": "Service supprimé. Les constats ci-contre sont à jour.",
        "proposition": "Proposition enregistrée dans la semaine. Les constats ci-contre sont à jour.",
        "publication": "Semaine publiée : l'équipe la voit, et chaque changement demande désormais un motif.",
        "copie": "Services copiés dans la semaine. Vérifiez les constats ci-contre.",
        "modele": "Semaine enregistrée comme modèle : elle peut désormais être copiée dans une autre semaine.",
        "absence": "Absence enregistrée et jours replanifiés. Les constats ci-contre sont à jour.",
    ]

    /// `Lundi 30/11`.
    static func dayLabel(_ day: CalendarDate) -> String {
        let name = day.weekday.label
        return name.prefix(1).uppercased() + name.dropFirst() + " " + day.french.prefix(5)
    }

    /// The staff the form's select offers: the week's rows, as the planning file names them.
    var people: [(reference: String, name: String)] { view.rows.map { ($0.reference, $0.name) } }

    var values: [String: Any] {
        let days = WeekGridParts.days(view)
        let closed = Set(days.filter { view.openingHours.ranges(on: $0.weekday).isEmpty })
        return [
            "centre": WeekGridParts.centreTitle(view.centreName),
            "week": view.week.description,
            "dates": WeekGridParts.dateRange(view.week),
            "status": view.status.label,
            "published": view.status == .publiee,
            "version": view.version,
            "path": address.path,
            "previous": address.moved(to: view.week.previous).path,
            "next": address.moved(to: view.week.next).path,
            "previousWeek": view.week.previous.description,
            "nextWeek": view.week.next.description,
            "days": days.map { day in
                [
                    "label": Self.dayLabel(day),
                    "opening": WeekGridParts.openingText(view.openingHours, day).joined(separator: " "),
                    "closed": closed.contains(day),
                ]
            },
            "rows": view.rows.map { row(for: $0, days: days, closed: closed) },
            "noRows": view.rows.isEmpty,
            "columns": days.count + 2,
            "hoursNote": WeekGridParts.hoursNote,
            "findings": WeekGridParts.orderedFindings(view.findings).map { finding in
                [
                    "severity": finding.severity.label, "class": finding.severity.rawValue, "rule": finding.rule.label,
                    "message": finding.message,
                ]
            },
            "findingsSummary": WeekGridParts.findingsSummary(view.findings),
            "noFindings": view.findings.isEmpty,
            "blocking": view.hasBlockingFinding,
            "legend": Activity.allCases.map {
                ["code": $0.rawValue, "short": WeekGridParts.abbreviation($0), "label": $0.label]
            },
        ]
    }

    private func row(for row: WeekViewRow, days: [CalendarDate], closed: Set<CalendarDate>) -> [String: Any] {
        let concerned = view.findings.filter { $0.personIDs.contains(row.personID) }
        let blocking = concerned.filter { $0.severity == .bloquant }.count
        var flag = ""
        if blocking > 0 {
            flag = "\(blocking) constat\(blocking > 1 ? "s" : "") bloquant\(blocking > 1 ? "s" : "")"
        } else if !concerned.isEmpty {
            flag = "\(concerned.count) avertissement\(concerned.count > 1 ? "s" : "")"
        }
        var values: [String: Any] = [
            "name": row.name, "profession": row.profession.label,
            "flagClass": blocking > 0 ? "bloquant" : "avertissement",
            "cells": days.map { day in
                [
                    "closed": closed.contains(day), "dayLabel": Self.dayLabel(day),
                    "shifts": row.shifts(on: day).map { shift in
                        [
                            "href": "\(address.path)/services/\(shift.id.uuidString.lowercased())",
                            "code": shift.activity.rawValue,
                            "time": WeekGridParts.timeSpan(shift), "activity": WeekGridParts.activityText(shift),
                            "label":
                                "\(row.name), \(Self.dayLabel(day)), \(WeekGridParts.timeSpan(shift)), \(shift.activity.label)"
                                + (shift.place.map { " (\($0))" } ?? "") + " : modifier ou supprimer",
                        ]
                    },
                ] as [String: Any]
            },
            "total": WeekGridParts.totalText(row),
            "details": WeekGridParts.totalDetails(row),
        ]
        if !flag.isEmpty { values["flag"] = flag }
        return values
    }
}
