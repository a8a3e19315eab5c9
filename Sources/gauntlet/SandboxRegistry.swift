import Admin
import Forum
import Phone
import Shop
import TextWorlds
import Worlds

extension SandboxRegistry {
    /// Every sandbox the CLI can host. A new sandbox adds one line here.
    static let standard = SandboxRegistry([
        ShopSandbox(),
        AdminSandbox(),
        ForumSandbox(),
        GamesSandbox(),
        PhoneSandbox(),
    ])
}
