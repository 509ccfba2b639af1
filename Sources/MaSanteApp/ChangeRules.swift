public import MaSante
public import MaSanteStore

/// A centre manager changes the checker's rules of a centre: rules switched on or off, their
/// severity, their limits. All the changes are saved together, or none.
public struct ChangeRules {
    /// What to change; an empty request only reads the settings.
    public struct Request: Sendable {
        public var switchedOn: [RuleID] = []
        public var switchedOff: [RuleID] = []
        public var severities: [(RuleID, Severity)] = []
        /// A limit and its new value; nil puts the legal default back.
        public var limits: [(RuleLimitName, Double?)] = []

        public init(
            switchedOn: [RuleID] = [], switchedOff: [RuleID] = [], severities: [(RuleID, Severity)] = [],
            limits: [(RuleLimitName, Double?)] = []
        ) {
            self.switchedOn = switchedOn
            self.switchedOff = switchedOff
            self.severities = severities
            self.limits = limits
        }
    }

    /// The centre's settings after the change, and the limits now looser than the law's defaults.
    public struct Outcome: Sendable {
        public var centre: CentreReference
        public var settings: RuleSettings
        public var looserThanDefault: [RuleLimitName]
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(_ request: Request, centre: CentreReference) throws -> Outcome {
        let store = CentreSettingsStore(session)
        try session.transaction {
            for rule in request.switchedOn { try store.setRule(rule, enabled: true, centreID: centre.id) }
            for rule in request.switchedOff { try store.setRule(rule, enabled: false, centreID: centre.id) }
            for (rule, severity) in request.severities {
                try store.setRule(rule, severity: severity, centreID: centre.id)
            }
            for (name, value) in request.limits { try store.setLimit(name, value: value, centreID: centre.id) }
        }
        let settings = try store.settings(centreID: centre.id)
        let looser = RuleLimitName.allCases.filter {
            $0.isLooserThanDefault(in: settings.limits) && $0 != .toleranceContrat && $0 != .trajetEntreCommunes
        }
        return Outcome(centre: centre, settings: settings, looserThanDefault: looser)
    }
}
