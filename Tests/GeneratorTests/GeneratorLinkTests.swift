import Engine
import Generator
import Testing

@Suite("Generator module links against Engine")
struct GeneratorLinkTests {
    @Test("the generator reports the engine version it was built with")
    func engineVersion() {
        #expect(Generator.engineVersion == Version.current)
    }
}
