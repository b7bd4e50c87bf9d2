import HRAPCore
import HRAPUseCases
import HTTPServing
import JSONCoding

extension ScoreRoutes {
    /// The frameworks scores are computed against; their texts carry their status (official or paraphrase).
    static func frameworks() -> [APIRoute] {
        [
            .get(
                APIRoutes.base + "/frameworks", "listFrameworks",
                "The shipped and imported frameworks, every version.",
                tag: "Frameworks",
                schema: .object([
                    ("type", .string("array")),
                    (
                        "items",
                        Schemas.ref("Framework")
                    ),
                ])
            ) { request in
                Reply.json(.array(try request.service.frameworks(as: request.principal).map(Framework.schema.encode)))
            },
            .get(
                APIRoutes.base + "/frameworks/{framework}", "getFramework",
                "One framework: ID for its latest version, or ID@VERSION.", tag: "Frameworks",
                schema: Schemas.ref("Framework")
            ) { request in
                Reply.json(
                    Framework.schema.encode(
                        try request.service.framework(
                            request.path("framework"),
                            as: request.principal)))
            },
            .write(
                "POST", APIRoutes.base + "/frameworks", "importFramework",
                "Import a framework version (e.g. the official text); a version never changes once imported.",
                tag: "Frameworks", body: Schemas.ref("Framework"), status: 201, schema: Schemas.ref("Framework"),
                errors: [409]
            ) { request in
                _ = try request.json()
                let framework = try FrameworkCatalogue.decode(request.http.body, source: "the framework")
                let created = try request.service.importFramework(framework, as: request.principal)
                var response = Reply.json(Framework.schema.encode(framework), status: created ? .created : .ok)
                if created {
                    response.headers.set("Location", APIRoutes.base + "/frameworks/" + PathText.escaped(framework.id))
                }
                return response
            }.withLocation(),
        ]
    }
}
