import Foundation

// The few FHIR R4 (4.0.1) structures a slot export writes, as JSON: only the elements we fill,
// an absent one left out (FHIR JSON has no null).

struct FHIRCoding: Encodable, Hashable {
    var system: String
    var code: String
    var display: String?
}

struct FHIRCodeableConcept: Encodable, Hashable {
    var coding: [FHIRCoding]
    var text: String?
}

struct FHIRIdentifier: Encodable, Hashable {
    var type: FHIRCodeableConcept?
    var system: String
    var value: String
}

struct FHIRReference: Encodable, Hashable {
    var reference: String
    var display: String?
}

struct FHIRPeriod: Encodable, Hashable {
    var start: String
    var end: String
}

struct FHIRMeta: Encodable, Hashable {
    var profile: [String]?
    var security: [FHIRCoding]?
    var lastUpdated: String?
}

struct FHIRHumanName: Encodable, Hashable {
    var family: String
    var given: [String]
}

struct FHIRAddress: Encodable, Hashable {
    var city: String
    var country: String
}

struct FHIRPractitioner: Encodable {
    let resourceType = "Practitioner"
    var id: String
    var meta: FHIRMeta?
    var identifier: [FHIRIdentifier]?
    var name: [FHIRHumanName]
}

struct FHIRLocation: Encodable {
    let resourceType = "Location"
    var id: String
    var identifier: [FHIRIdentifier]?
    var status = "active"
    var name: String
    var address: FHIRAddress
}

struct FHIRSchedule: Encodable {
    let resourceType = "Schedule"
    var id: String
    var meta: FHIRMeta
    var active = true
    var serviceType: [FHIRCodeableConcept]
    var actor: [FHIRReference]
    var planningHorizon: FHIRPeriod
    var comment: String?
}

struct FHIRSlot: Encodable {
    let resourceType = "Slot"
    var id: String
    var meta: FHIRMeta
    var serviceType: [FHIRCodeableConcept]
    var appointmentType: FHIRCodeableConcept
    var schedule: FHIRReference
    var status: String
    var start: String
    var end: String
    var comment: String?
}

/// One resource of a Bundle entry.
enum FHIRResource: Encodable {
    case practitioner(FHIRPractitioner)
    case location(FHIRLocation)
    case schedule(FHIRSchedule)
    case slot(FHIRSlot)

    var path: String {
        switch self {
        case .practitioner(let resource): "Practitioner/" + resource.id
        case .location(let resource): "Location/" + resource.id
        case .schedule(let resource): "Schedule/" + resource.id
        case .slot(let resource): "Slot/" + resource.id
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .practitioner(let resource): try resource.encode(to: encoder)
        case .location(let resource): try resource.encode(to: encoder)
        case .schedule(let resource): try resource.encode(to: encoder)
        case .slot(let resource): try resource.encode(to: encoder)
        }
    }
}

struct FHIRBundleEntry: Encodable {
    struct Search: Encodable { var mode: String }
    var fullUrl: String
    var resource: FHIRResource
    var search: Search
}

struct FHIRBundle: Encodable {
    let resourceType = "Bundle"
    var id: String
    var meta: FHIRMeta
    var type = "searchset"
    var timestamp: String
    var total: Int
    var entry: [FHIRBundleEntry]
}
