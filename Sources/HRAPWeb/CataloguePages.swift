import Archiving
import HRAPCore
import HRAPReports
import HTTPServing
import JSONCoding
import LinkedData

/// The site's data catalogue for portals to harvest: a DCAT-AP 3 `dcat:Catalog` of every live published report's
/// open data, with absolute addresses (`--public-url`, else the address asked), as JSON-LD and Turtle; and each
/// published bundle as one ZIP file.
enum CataloguePages {
    static func all() -> [WebRoute] {
        [
            WebRoute("GET", "/catalogue.jsonld") { request in
                HTTPResponse(
                    status: .ok, contentType: "application/ld+json",
                    body: JSONWriter.pretty(try graph(request).jsonLD()) + "\n")
            },
            WebRoute("GET", "/catalogue.ttl") { request in
                HTTPResponse(status: .ok, contentType: "text/turtle; charset=utf-8", body: try graph(request).turtle())
            },
            WebRoute("GET", "/plans/{plan}/published/{year}/open-data.zip", handler: archive),
        ]
    }

    /// The catalogue: the site, then one dataset per live publication of each published plan.
    static func graph(_ request: WebRequest) throws -> RDFGraph {
        let site = request.siteURL, visitor = WebSite.publicVisitor, english = request.site.english
        var graph = RDFGraph(prefixes: DCATDataset.prefixes)
        let catalogue = RDFTerm.iri(site + "/catalogue.jsonld#catalogue")
        graph.add(catalogue, "a", .iri(graph.expanded("dcat:Catalog")))
        graph.add(catalogue, "dct:title", .text(english.label("catalogue.title"), language: "en"))
        graph.add(catalogue, "dct:description", .text(english.label("catalogue.description"), language: "en"))
        graph.add(catalogue, "foaf:homepage", .iri(site + "/"))
        graph.add(.iri(site + "/"), "a", .iri(graph.expanded("foaf:Document")))
        graph.add(catalogue, "dct:language", .iri("http://publications.europa.eu/resource/authority/language/ENG"))
        let siteOperator = RDFTerm.blank("site-operator")
        graph.add(catalogue, "dct:publisher", siteOperator)
        graph.add(siteOperator, "a", .iri(graph.expanded("foaf:Agent")))
        graph.add(siteOperator, "foaf:name", .text(request.site.options.accessibilityContact))
        let governments = Dictionary(
            try request.service.governments(as: visitor).map { ($0.code, $0.name) }, uniquingKeysWith: { $1 })
        for plan in try request.service.plans(as: visitor) where plan.published {
            for publication in try request.service.reportPublications(plan: plan.code, as: visitor)
            where publication.isLive {
                let base = site + "/plans/" + PublicPage.escape(plan.code) + "/published/\(publication.year)/"
                let dataset = DCATDataset.bundle(
                    plan: plan, government: (plan.government, governments[plan.government] ?? plan.government),
                    year: publication.year, asOf: publication.asOf, locale: english, licence: "CC-BY-4.0",
                    location: base + "open-data/",
                    files: publication.paths.filter { $0.hasPrefix("open-data/") }.map { String($0.dropFirst(10)) },
                    archive: base + "open-data.zip")
                dataset.add(to: &graph)
                graph.add(catalogue, "dcat:dataset", dataset.iri)
            }
        }
        return graph
    }

    /// A live published bundle as one ZIP file, its files as they were published, stamped with the publication time.
    private static func archive(_ request: WebRequest) throws -> HTTPResponse {
        guard let year = Int(request.path("year")) else { throw WebError.notFound }
        let visitor = WebSite.publicVisitor, plan = request.path("plan")
        guard
            let publication = try request.service.reportPublications(plan: plan, as: visitor).first(where: {
                $0.year == year && $0.isLive
            })
        else { throw WebError.notFound }
        let entries = try publication.paths.filter { $0.hasPrefix("open-data/") }.map { path in
            let file = try request.service.publishedFile(plan: plan, year: year, path: path, as: visitor)
            return ZipWriter.Entry(name: "\(plan)-\(year)/" + path.dropFirst(10), bytes: file.body)
        }
        let time = publication.published.date
        let zip = try ZipWriter(modified: (time.year, time.month, time.day, 0, 0, 0)).archive(entries)
        var response = HTTPResponse(status: .ok, body: zip)
        response.headers.set("Content-Type", "application/zip")
        response.headers.set("Content-Disposition", "attachment; filename=\"\(plan)-\(year)-open-data.zip\"")
        return response
    }
}
