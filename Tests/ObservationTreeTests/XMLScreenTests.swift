import Foundation
import Testing
@testable import ObservationTree

@Suite struct XMLScreenTests {
    static let settings = """
        <hierarchy rotation="0">
          <node class="android.widget.FrameLayout" package="com.example.settings" bounds="[0,0][1080,2400]">
            <node class="android.widget.TextView" text="Settings" resource-id="com.example:id/title" bounds="[48,120][400,200]"/>
            <node class="android.widget.EditText" text="wifi" hint="Search settings" focused="true" bounds="[48,220][1032,320]"/>
            <node class="androidx.recyclerview.widget.RecyclerView" scrollable="true" bounds="[0,340][1080,2300]">
              <node class="android.widget.LinearLayout" clickable="true" bounds="[0,340][1080,500]">
                <node class="android.widget.TextView" text="Wi-Fi" bounds="[48,360][600,420]"/>
                <node class="android.widget.Switch" content-desc="Wi-Fi" checkable="true" checked="true" bounds="[900,380][1032,460]"/>
              </node>
              <node class="android.widget.CheckBox" text="Bluetooth" checkable="true" enabled="false" selected="true" bounds="[0,500][1080,660]"/>
              <node class="android.widget.EditText" text="1234" password="true" content-desc="PIN" bounds="[48,680][1032,760]"/>
              <node class="android.widget.RadioButton" text="Auto" bounds="[0,700][10,710]"/>
              <node class="android.widget.Spinner" text="English" bounds="[0,710][10,720]"/>
              <node class="android.widget.SeekBar" text="40" content-desc="Brightness" bounds="[0,720][10,730]"/>
            </node>
            <node class="android.widget.ImageButton" content-desc="Navigate up" clickable="true" bounds="[0,2300][120,2400]"/>
            <node class="android.widget.ImageView" bounds="[200,2300][320,2400]"/>
            <node class="android.widget.Button" text="Hidden" hidden="true" bounds="[0,0][1,1]"/>
          </node>
        </hierarchy>
        """

    @Test func uiautomatorAttributesMapIntoTheNodeModel() throws {
        let tree = try ObservationTree.xml(Self.settings)
        #expect(tree.text(showIDs: false) == """
            window
              StaticText 'Settings' bounds=[48,120][400,200]
              textbox 'Search settings' value='wifi' focused bounds=[48,220][1032,320]
              list scrollable bounds=[0,340][1080,2300]
                button bounds=[0,340][1080,500]
                  StaticText 'Wi-Fi' bounds=[48,360][600,420]
                  switch 'Wi-Fi' checked checkable bounds=[900,380][1032,460]
                checkbox 'Bluetooth' selected disabled checkable bounds=[0,500][1080,660]
                textbox 'PIN' value='••••' bounds=[48,680][1032,760]
                radio 'Auto' bounds=[0,700][10,710]
                combobox value='English' bounds=[0,710][10,720]
                slider 'Brightness' value='40' bounds=[0,720][10,730]
              button 'Navigate up' bounds=[0,2300][120,2400]
            """)
    }

    @Test func boundsAndResourceIDsReachJSON() throws {
        let tree = try ObservationTree.xml(Self.settings)
        let title = try #require(tree.nodes.first { $0.name == "Settings" })
        #expect(title.bounds == Bounds(x1: 48, y1: 120, x2: 400, y2: 200))
        #expect(tree.json.contains(#""bounds":[48,120,400,200]"#))
        let up = try #require(tree.nodes.first { $0.name == "Navigate up" })
        #expect(up.source?["class"] == "android.widget.ImageButton")
    }

    @Test func genericScreensNameThemselves() throws {
        let tree = try ObservationTree.xml("""
            <screen role="document" name="Kitchen">
              <room role="region" name="Kitchen"><description role="paragraph">A small kitchen.</description>
                <objects role="list" name="You see">
                  <object role="listitem" name="fridge 1" state="closed locked"/>
                  <object role="listitem" name="apple 1" state="hot sliced checked"/>
                </objects>
              </room>
              <feedback role="status">You open the drawer.</feedback>
              <commands role="list" name="Commands"><command role="option" name="take apple 1"/></commands>
            </screen>
            """)
        #expect(tree.text(showIDs: false) == """
            document 'Kitchen'
              region 'Kitchen'
                paragraph
                  StaticText 'A small kitchen.'
                list 'You see'
                  listitem 'fridge 1' closed locked
                  listitem 'apple 1' checked hot sliced
              status
                StaticText 'You open the drawer.'
              list 'Commands'
                option 'take apple 1'
            """)
        let apple = try #require(tree.nodes.first { $0.name == "apple 1" })
        #expect(apple.customStates == ["hot", "sliced"])
        #expect(apple.states.contains(.checked))
    }

    @Test func malformedXMLIsAClearErrorWithALine() {
        #expect(throws: ObservationError.self) { try ObservationTree.xml("") }
        do {
            _ = try ObservationTree.xml("\n\n<<<not xml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("line 3"), "\(error)")
        }
    }

    @Test func externalEntitiesAreNotExpanded() throws {
        let tree = try ObservationTree.xml("""
            <?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <screen role="document" name="a"><p role="paragraph">&x;</p></screen>
            """)
        #expect(!tree.text().contains("root:"))
    }
}
