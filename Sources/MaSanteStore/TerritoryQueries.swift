public import MaSante
import MaSantePostgres
package import PQ

/// Reading the communes, their mountain flag and the zoning in force on a day.
public struct TerritoryQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The columns of `territoires liste`: a communes and zoning file that imports back.
    public static let columns = ["code_insee", "commune", "departement", "montagne", "zonage", "debut", "fin"]

    /// Every commune (or those of a département) with the zoning period in force on `day`, sorted
    /// by département and name.
    public func list(on day: CalendarDate, departement: Departement? = nil) throws -> Listing {
        let rows = try connection.query(
            """
            SELECT m.insee_code, m.name, m.departement, m.mountain, z.zoning::text, z.valid_from, z.valid_to
            FROM communes m
            LEFT JOIN commune_zonings z ON z.insee_code = m.insee_code AND z.valid_from <= \(day)
                 AND (z.valid_to IS NULL OR z.valid_to >= \(day))
            WHERE \(departement?.code)::text IS NULL OR m.departement = \(departement?.code)::text
            ORDER BY m.departement, lower(m.name), m.insee_code
            """)
        var listing = Listing(columns: Self.columns)
        for row in rows {
            let (code, name, dep, mountain, zoning, from, to) =
                try row.decode((String, String, String, Bool, String?, CalendarDate?, CalendarDate?).self)
            listing.rows.append([
                .text(code), .text(name), .text(dep), .text(mountain ? "oui" : "non"),
                .text(zoning.flatMap(ZoningClass.init(rawValue:))?.label ?? ""), from.cell, to.cell,
            ])
        }
        return listing
    }
}
