import MaSante
import MaSanteStore

/// The values of a person's page (`rh-personne`): identity, contracts version by version,
/// assignments, long absences, the welcome checklist, dated stages, the history in words, and for
/// HR the forms to move a stage, record a departure or a long absence; the form to tick a welcome
/// item for HR and for a manager (the items in their charge).
struct HRPersonPage {
    let file: PersonFile
    /// Centre names by id, for the history.
    let centres: [Int: String]
    /// The person's long absences, oldest first.
    let absences: [LongAbsence]
    /// Whether the reader may change the registry (HR, administrators).
    let canEdit: Bool
    /// The person's latest welcome checklist (nil: none, or not readable).
    var welcome: WelcomeChecklist? = nil
    /// Whether the reader is a centre's manager (who ticks only the items in their charge).
    var isManager = false
    /// The person's contracts version by version (each amendment opens one), oldest first.
    var versions: [ContractVersion] = []

    /// The latest stage reached.
    var stage: RecruitmentStage? { file.stages.map(\.stage).max { $0.order < $1.order } }

    /// The stages the person may move to from here, « parti » excepted (a departure has its own form).
    var nextStages: [RecruitmentStage] {
        RecruitmentStage.allCases.filter {
            $0 != .parti && RecruitmentStage.transitionError(from: stage, to: $0) == nil
        }
    }

    /// Whether a departure may be recorded (hired, not gone).
    var canLeave: Bool { RecruitmentStage.transitionError(from: stage, to: .parti) == nil }

    /// The form fields of the stage move, with what was typed.
    func stageFields(_ form: FormFields = FormFields(), errors: HRFormErrors = HRFormErrors()) -> [HRField] {
        var fields = [
            HRField(
                name: "etape", label: "Nouvelle étape", kind: .select(nextStages.map { ($0.rawValue, $0.label) }),
                value: form["etape"] ?? "", required: true),
            HRField(
                name: "date", label: "Date de l'étape", kind: .date,
                value: form["date"] ?? CalendarDate.today().description, required: true),
            HRField(name: "note", label: "Remarque", value: form["note"] ?? ""),
        ]
        _ = errors.apply(to: &fields)
        return fields
    }

    /// The form fields of the departure.
    func departureFields(_ form: FormFields = FormFields(), errors: HRFormErrors = HRFormErrors()) -> [HRField] {
        var fields = [
            HRField(
                name: "date_depart", label: "Date du départ (dernier jour travaillé)", kind: .date,
                value: form["date_depart"] ?? "", required: true),
            HRField(name: "motif", label: "Motif ou remarque", value: form["motif"] ?? ""),
        ]
        _ = errors.apply(to: &fields)
        return fields
    }

    /// The form fields of a long absence.
    func absenceFields(_ form: FormFields = FormFields(), errors: HRFormErrors = HRFormErrors()) -> [HRField] {
        var fields = [
            HRField(
                name: "type_absence", label: "Type d'absence",
                kind: .select(LongAbsenceKind.allCases.map { ($0.rawValue, $0.label) }),
                value: form["type_absence"] ?? "", required: true),
            HRField(
                name: "absence_du", label: "Premier jour", kind: .date, value: form["absence_du"] ?? "", required: true),
            HRField(
                name: "absence_au", label: "Dernier jour prévu (vide si inconnu)", kind: .date,
                value: form["absence_au"] ?? ""),
            HRField(name: "absence_motif", label: "Motif ou remarque", value: form["absence_motif"] ?? ""),
        ]
        _ = errors.apply(to: &fields)
        return fields
    }

    /// The welcome items the reader may tick: all for HR, those of « responsable » for a manager.
    var tickable: [(number: Int, line: WelcomeChecklist.Line)] {
        (welcome?.items ?? []).enumerated().map { (number: $0.offset + 1, line: $0.element) }.filter {
            !isManager || $0.line.item.step.owner == .responsable
        }
    }

    /// The form fields of a tick: the item (by its number), the new status, the day, a note.
    func welcomeFields(_ form: FormFields = FormFields(), errors: HRFormErrors = HRFormErrors()) -> [HRField] {
        var fields = [
            HRField(
                name: "accueil_element", label: "Élément",
                kind: .select(tickable.map { ("\($0.number)", "\($0.number). \($0.line.item.step.label)") }),
                value: form["accueil_element"] ?? "", required: true),
            HRField(
                name: "accueil_statut", label: "Statut",
                kind: .select(WelcomeStatus.allCases.map { ($0.rawValue, $0.label) }),
                value: form["accueil_statut"] ?? WelcomeStatus.fait.rawValue, required: true),
            HRField(
                name: "accueil_le", label: "Fait le (aujourd'hui si vide)", kind: .date, value: form["accueil_le"] ?? ""
            ),
            HRField(name: "accueil_note", label: "Note", value: form["accueil_note"] ?? ""),
        ]
        _ = errors.apply(to: &fields)
        return fields
    }

    /// The checklist's values: where it stands today and its numbered items.
    private func welcomeValues(today: CalendarDate) -> Any {
        guard let welcome else { return false }
        return [
            "start": welcome.start.french, "progress": welcome.progress(on: today).label,
            "items": welcome.items.enumerated().map { index, line -> [String: Any] in
                let item = line.item
                return [
                    "number": index + 1, "due": item.step.offset.due(from: welcome.start).french,
                    "group": item.step.group.label, "label": item.step.label, "owner": item.step.owner.label,
                    "status": item.isLate(on: today, start: welcome.start) ? "en retard" : item.status.label,
                    "late": item.isLate(on: today, start: welcome.start), "closed": item.closedOn?.french ?? "",
                    "note": item.note ?? "",
                ]
            },
        ]
    }

    /// Everything the template reads. `stageForm`/`departureForm` carry a refused form back.
    func values(
        stageForm: FormFields = FormFields(), stageErrors: HRFormErrors = HRFormErrors(),
        departureForm: FormFields = FormFields(), departureErrors: HRFormErrors = HRFormErrors(),
        absenceForm: FormFields = FormFields(), absenceErrors: HRFormErrors = HRFormErrors(),
        welcomeForm: FormFields = FormFields(), welcomeErrors: HRFormErrors = HRFormErrors(),
        done: String? = nil
    ) -> [String: Any] {
        let person = file.person
        var values: [String: Any] = [
            "id": person.id, "lastName": person.lastName, "firstName": person.firstName,
            "profession": person.profession.label,
            "specialty": file.specialty.map { Specialty(code: $0)?.label ?? $0 } ?? false,
            "rpps": file.rpps ?? false, "stage": stage?.label ?? "aucune",
            "contracts": versions.map { version -> [String: Any] in
                let terms = version.terms
                return [
                    "kind": terms.type.rawValue, "start": terms.start.french, "end": terms.end?.french ?? "—",
                    "hours": FrenchNumber.format(terms.weeklyHours),
                    "amendment": version.amendedBy == nil ? "—" : "avenant" + (version.note.map { " (\($0))" } ?? ""),
                ]
            },
            "assignments": file.assignments.map { line -> [String: Any] in
                [
                    "centre": line.centre, "start": line.start.french, "end": line.end?.french ?? "—",
                    "share": "\(Int((line.share * 100).rounded())) %",
                ]
            },
            "stages": file.stages.map { line -> [String: Any] in
                [
                    "stage": line.stage.label, "date": line.date.french,
                    "note": line.note.flatMap { $0.isEmpty ? nil : $0 } ?? false,
                ]
            },
            "absences": absences.map { absence -> [String: Any] in
                ["kind": absence.kind.label, "start": absence.start.french, "end": absence.end?.french ?? "non daté"]
            },
            "hasAbsences": !absences.isEmpty,
            "hasContracts": !file.contracts.isEmpty, "hasAssignments": !file.assignments.isEmpty,
            "hasStages": !file.stages.isEmpty, "canEdit": canEdit, "done": done ?? false,
            "welcome": welcomeValues(today: .today()),
        ]
        if welcome != nil, !tickable.isEmpty, canEdit || isManager {
            let fields = welcomeFields(welcomeForm, errors: welcomeErrors)
            values["welcomeFields"] = fields.map(\.values)
            values["welcomeErrors"] = Self.general(welcomeErrors, fields: fields)
            values["canTick"] = true
        }
        if let history = file.history {
            values["history"] = [
                "lines": HRHistoryWords(centres: centres).lines(history).map { line -> [String: Any] in
                    ["at": line.at, "login": line.login, "text": line.text]
                }, "none": history.isEmpty,
            ]
        }
        if canEdit {
            values["canMove"] = !nextStages.isEmpty
            let moveFields = stageFields(stageForm, errors: stageErrors)
            values["stageFields"] = moveFields.map(\.values)
            values["stageErrors"] = Self.general(stageErrors, fields: moveFields)
            values["canLeave"] = canLeave
            let leaveFields = departureFields(departureForm, errors: departureErrors)
            values["departureFields"] = leaveFields.map(\.values)
            values["departureErrors"] = Self.general(departureErrors, fields: leaveFields)
            values["canBeAbsent"] = !file.contracts.isEmpty
            let absenceFields = absenceFields(absenceForm, errors: absenceErrors)
            values["absenceFields"] = absenceFields.map(\.values)
            values["absenceErrors"] = Self.general(absenceErrors, fields: absenceFields)
            // A candidate (or someone without stage nor contract) may be hired with a contract.
            values["canHire"] = stage.map { !$0.countsAsHired && $0 != .abandon } ?? file.contracts.isEmpty
        }
        return values
    }

    /// The messages above a form (false when there are none, so the section is skipped).
    private static func general(_ errors: HRFormErrors, fields: [HRField]) -> Any {
        guard !errors.isEmpty else { return false }
        var fields = fields
        return ["messages": errors.apply(to: &fields)]
    }
}

extension RecruitmentStage {
    /// The lifecycle's order (candidat first), to find a person's latest stage.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
