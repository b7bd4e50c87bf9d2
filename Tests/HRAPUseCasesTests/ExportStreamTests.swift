import HRAPCore
import HRAPUseCases
import JSONCoding
import Testing

/// The streamed plan file is the plan file each reader is given whole: the whole history for those who see private
/// values, the public records for others, sealed ratings hidden alike.
@Suite struct ExportStreamTests {
    let plan = "aldermoor-2023"

    private func streamed(_ service: HRAPService, as principal: Principal) throws -> String {
        var bytes: [UInt8] = []
        try service.exportPlan(plan, as: principal) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func everyReaderGetsTheBytesOfTheWholeFileTheyMaySee() throws {
        let (service, _) = try exampleService(policy: RolePolicy())
        let readers = [
            officer, Principal(name: "city", role: .officer, government: "GB-aldermoor"),
            Principal(name: "public", role: .viewer),
            Principal(name: "elsewhere", role: .officer, government: "AT-graz"),
        ]
        var texts: [String] = []
        for reader in readers {
            let whole = JSONWriter.pretty(try service.exportPlan(plan, as: reader).encode())
            let text = try streamed(service, as: reader)
            #expect(text == whole, "\(reader.name)")
            texts.append(text)
        }
        #expect(texts[0] == texts[1] && texts[2] == texts[3])
        #expect(texts[0].count > texts[2].count, "the public file leaves private values out")
        #expect(throws: (any Error).self) { try service.exportPlan("nowhere", as: officer) { _ in } }
    }
}
