import MaSante

// The posts of the demonstration network (our choice): each open centre is meant to have its
// GP target (`DemoCentre.gpTarget`); the centres opened before 2024 with four GPs or more opened
// with one post fewer and grew to it on 1 January 2025. One secretary's post for each secretary
// hired there who stays (one at least); one post for each other profession the centre has hired.
// Part-time contracts and departures leave a few posts partly vacant.

enum DemoPosts {
    static let growth = DemoCalendar.date(2025, 1, 1)

    static func posts(_ centres: [DemoCentre], hires: [NetworkHistory.Hire]) -> [NetworkHistory.Post] {
        centres.flatMap { centre -> [NetworkHistory.Post] in
            guard let opened = centre.openedOn else { return [] }
            var posts: [NetworkHistory.Post] = []
            if opened < DemoCalendar.date(2024, 1, 1) && centre.gpTarget >= 4 {
                posts.append(
                    .init(centre: centre.name, profession: .medecinGeneraliste, fte: centre.gpTarget - 1, from: opened))
                posts.append(
                    .init(centre: centre.name, profession: .medecinGeneraliste, fte: centre.gpTarget, from: growth))
            } else {
                posts.append(
                    .init(centre: centre.name, profession: .medecinGeneraliste, fte: centre.gpTarget, from: opened))
            }
            let secretaries = hires.filter {
                $0.record.centre == centre.name && $0.record.profession == .secretaireMedical && !$0.leaves
            }
            posts.append(
                .init(centre: centre.name, profession: .secretaireMedical, fte: max(1, secretaries.count), from: opened)
            )
            let others = Set(hires.map(\.record).filter { $0.centre == centre.name }.map(\.profession))
                .subtracting([.medecinGeneraliste, .secretaireMedical])
            for profession in Profession.allCases where others.contains(profession) {
                posts.append(.init(centre: centre.name, profession: profession, fte: 1, from: opened))
            }
            return posts
        }
    }
}
