#!/usr/bin/env python3
"""Regenerates tasks/phone/*.json: tasks on the phone's Contacts, Phone, Messages and Settings.

Run from the repository root: python3 scripts/phone-suite/generate.py
Every task uses what the phone shows for any seed (the settings, Wi-Fi networks and Bluetooth
devices are the device's, not the seed's) or values the goal gives; checks read the instance's
tables, gold rows come from queries, and collateral allows only what the goal changes.
"""
import json, os
from datetime import datetime, timezone

OUT = "tasks/phone"
# PhoneClock.start: every episode's clock starts here; seeded history lies before it.
START = int(datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc).timestamp())
tasks = []

def T(template, n, goal, params, checks, oracle, start="phone:/", answer=None, user=None, key_nodes=None):
    t = {"id": f"phone/{template}-{n:03d}", "revision": 1, "sandboxes": ["phone"], "start": start, "goal": goal,
         "params": params, "seed": 1, "split": "dev" if n == 1 else "test", "template": template}
    if answer: t["answer"] = {"status": answer}
    if user: t["user"] = {"intents": user}
    t["checks"] = checks
    if key_nodes: t["key_nodes"] = key_nodes
    t["oracle"] = oracle
    tasks.append(t)

def COLL(*allow): return {"collateral": {"allow": list(allow)}}
def password(ssid): return "".join(c for c in ssid.lower() if c.isalpha())[:6] + "-" + str(1000 + len(ssid) * 7919 % 9000)

# ---------- Contacts ----------
for n, (first, last, phone) in enumerate([("Zoe", "Quill", "+1 555-010-2030"), ("Arjun", "Bellamy", "+1 555-404-5060"),
                                          ("Marta", "Oyelaran", "+1 555-777-1212"), ("Teo", "Vasquez-Lind", "+1 555-909-0001")], start=1):
    T("add-contact", n, "Add a contact named {first} {last} with the phone number {phone}.",
      {"first": first, "last": last, "phone": phone},
      [{"state": {"query": "SELECT first_name, last_name, phone FROM contacts WHERE created_at >= %d" % START,
                  "expect_query": "SELECT {first}, {last}, {phone}"}},
       COLL({"table": "contacts", "rows": "created_at >= %d" % START, "insert": True})],
      ["click 'New contact'", "input_text textbox 'First name' [{first}]", "input_text textbox 'Last name' [{last}]",
       "input_text textbox 'Phone' [{phone}]", "navigate_back", "click button 'Save'", "stop"],
      start="phone:/contacts", key_nodes=[{"name": "new contact form", "url": {"path_prefix": "phone:/contacts/edit"}}])

# ---------- Phone ----------
for n, number in enumerate(["+1 555-321-0000", "+1 555-867-5309", "+1 555-246-8100"], start=1):
    T("call-number", n, "Call {number}.", {"number": number},
      [{"state": {"query": "SELECT number, direction FROM dialer_calls WHERE started_at >= %d" % START,
                  "expect_query": "SELECT {number}, 'outgoing'"}},
       COLL({"table": "dialer_calls", "rows": "started_at >= %d" % START, "insert": True, "update": ["duration_s"]})],
      ["click 'Keypad'", "input_text textbox 'Phone number' [{number}]", "keyboard_enter", "stop"], start="phone:/dialer")

# ---------- Messages ----------
NEW_MESSAGE = {"table": "messages", "rows": "sent_at >= %d" % START, "insert": True}
NEW_THREAD = {"table": "messages_threads", "rows": "address = {number}", "insert": True, "update": ["archived"]}
for n, (number, text) in enumerate([("+1 555-600-7001", "Running ten minutes late"), ("+1 555-600-7002", "The keys are under the mat"),
                                    ("+1 555-600-7003", "Happy birthday!")], start=1):
    T("text-number", n, "Send a text message to {number} saying \"{text}\".", {"number": number, "text": text},
      [{"state": {"query": "SELECT t.address, m.body, m.direction FROM messages m JOIN messages_threads t ON t.id = m.thread_id WHERE m.sent_at >= %d" % START,
                  "expect_query": "SELECT {number}, {text}, 'out'"}},
       COLL(NEW_MESSAGE, NEW_THREAD)],
      ["click 'Start chat'", "input_text textbox 'To' [{number}]", "input_text textbox 'Text message' [{text}]", "click button 'Send'", "stop"],
      start="phone:/messages")
for n, number in enumerate(["+1 555-600-8001", "+1 555-600-8002"], start=1):
    T("text-neighbour-ask", n, "Text my new neighbour that dinner is at 7.", {"number": number},
      [{"state": {"query": "SELECT COUNT(*) FROM messages m JOIN messages_threads t ON t.id = m.thread_id WHERE m.sent_at >= %d AND t.address = {number} AND m.direction = 'out' AND lower(m.body) LIKE '%%dinner%%' AND m.body LIKE '%%7%%'" % START,
                  "expect": [[1]]}},
       COLL(NEW_MESSAGE, NEW_THREAD)],
      ["ask_user [What is my neighbour's phone number?]", "click button 'OK'", "click 'Start chat'", "input_text textbox 'To' [{number}]",
       "input_text textbox 'Text message' [Dinner is at 7]", "click button 'Send'", "stop"],
      start="phone:/messages", user=[{"keywords": ["number"], "reply": "It's {number}."}, {"keywords": ["neighbour"], "reply": "My neighbour's number is {number}."}])

# ---------- Settings ----------
TOGGLES = [("dark-theme-on", "Turn on the dark theme.", "Display", "Dark theme", "dark_theme", "1"),
           ("dnd-on", "Turn on Do Not Disturb.", "Sound & vibration", "Do Not Disturb", "do_not_disturb", "1"),
           ("vibrate-off", "Stop the phone from vibrating for calls.", "Sound & vibration", "Vibrate for calls", "vibrate_for_calls", "0")]
for n, (name, goal, screen, switch, key, value) in enumerate(TOGGLES, start=1):
    T("toggle-setting", n, goal, {"key": key, "value": value, "screen": screen, "switch": switch},
      [{"state": {"query": "SELECT value FROM settings WHERE key = {key}", "expect_query": "SELECT {value}"}},
       COLL({"table": "settings", "rows": "key = {key}", "update": ["value"]})],
      ["click button '{screen}'", "click switch '{switch}'", "stop"], start="phone:/settings")
for n, ssid_off in enumerate([("wifi", "Wi-Fi", "Network & internet"), ("bluetooth", "Bluetooth", "Connected devices")], start=1):
    key, switch, screen = ssid_off
    T("radio-off", n, "Turn off " + switch + ".", {"key": key, "switch": switch, "screen": screen},
      [{"state": {"query": "SELECT value FROM settings WHERE key = {key}", "expect": [["0"]]}},
       COLL({"table": "settings", "rows": "key = {key}", "update": ["value"]},
            {"table": "settings_wifi", "rows": "1", "update": ["connected"]}, {"table": "settings_bluetooth", "rows": "1", "update": ["connected"]})],
      ["click button '{screen}'", "click switch '{switch}'", "stop"], start="phone:/settings")
CHOICES = [("Display", "Screen timeout", "screen_timeout", "5 minutes", "Set the screen timeout to {value}."),
           ("Display", "Font size", "font_size", "Large", "Make the font size {value}."),
           ("Display", "Brightness", "brightness", "30", "Set the brightness to {value} percent."),
           ("Sound & vibration", "Ring volume", "ring_volume", "9", "Set the ring volume to {value}."),
           ("Sound & vibration", "Ringtone", "ringtone", "Flutterby", "Change the ringtone to {value}.")]
for n, (screen, picker, key, value, goal) in enumerate(CHOICES, start=1):
    T("choose-setting", n, goal, {"screen": screen, "picker": picker, "key": key, "value": value},
      [{"state": {"query": "SELECT value FROM settings WHERE key = {key}", "expect_query": "SELECT {value}"}},
       COLL({"table": "settings", "rows": "key = {key}", "update": ["value"]})],
      ["click button '{screen}'", "click combobox '{picker}'", "click button '{value}'", "stop"], start="phone:/settings")
# Networks listed connected, saved, then by name (docs/phone.md): these are on the first screen.
for n, ssid in enumerate(["Fernway-Office", "NETGEAR-42", "Pixel-Hotspot", "Riverside-Clinic"], start=1):
    T("wifi-connect-ask", n, "Connect my phone to the Wi-Fi network {ssid}.", {"ssid": ssid, "password": password(ssid)},
      [{"state": {"query": "SELECT ssid FROM settings_wifi WHERE connected = 1", "expect_query": "SELECT {ssid}"}},
       COLL({"table": "settings_wifi", "rows": "1", "update": ["connected", "saved"]})],
      ["click button 'Network & internet'", "click button '{ssid}'", "ask_user [What is the Wi-Fi password?]", "click button 'OK'",
       "input_text textbox 'Password' [{password}]", "click button 'Connect'", "stop"],
      start="phone:/settings", user=[{"keywords": ["password"], "reply": "The password is {password}."}])
for n, ssid in enumerate(["HomeNet", "CoffeeCorner"], start=1):
    T("wifi-forget", n, "Forget the saved Wi-Fi network {ssid}.", {"ssid": ssid},
      [{"state": {"query": "SELECT saved FROM settings_wifi WHERE ssid = {ssid}", "expect": [[0]]}},
       COLL({"table": "settings_wifi", "rows": "ssid = {ssid}", "update": ["saved", "connected"]})],
      ["click button 'Network & internet'", "click button '{ssid}'", "click button 'Forget network'", "click button 'Forget'", "stop"],
      start="phone:/settings")
for n, device in enumerate(["Bose QC45", "Logitech K380", "Echo Dot", "Fitbit Charge"], start=1):
    T("bluetooth-pair", n, "Pair my phone with the {device}.", {"device": device},
      [{"state": {"query": "SELECT paired FROM settings_bluetooth WHERE name = {device}", "expect": [[1]]}},
       COLL({"table": "settings_bluetooth", "rows": "name = {device}", "update": ["paired"]})],
      ["click button 'Connected devices'", "click button 'Pair new device'", "click button '{device}'", "stop"], start="phone:/settings")
for n, label in enumerate(["Messages", "Phone", "Contacts"], start=1):
    T("app-notifications-off", n, "Turn off notifications from the {label} app.", {"label": label},
      [{"state": {"query": "SELECT notifications FROM settings_apps WHERE label = {label}", "expect": [[0]]}},
       COLL({"table": "settings_apps", "rows": "label = {label}", "update": ["notifications"]})],
      ["click button 'Apps'", "click button '{label}'", "click switch 'Notifications'", "stop"], start="phone:/settings")
# ---------- infeasible ----------
for n, ssid in enumerate(["Starlight-Guest", "HarborView-5G"], start=1):
    # Evidence of looking: the answer is given from the list of networks, scrolled to its end.
    T("wifi-missing", n, "Connect my phone to the Wi-Fi network {ssid}.", {"ssid": ssid},
      [{"url": "phone:/settings/wifi"}, {"state": {"query": "SELECT scroll > 0 FROM phone_stack WHERE app = 'settings' AND screen = 'wifi'", "expect": [[1]]}}],
      ["click button 'Network & internet'", "scroll [down]", "answer [infeasible] [The network {ssid} is not in range.]"],
      start="phone:/settings", answer="infeasible")
for n, device in enumerate(["Sony WH-1000XM5", "Garmin Venu"], start=1):
    T("bluetooth-missing", n, "Pair my phone with the {device}.", {"device": device}, [{"url": "phone:/settings/pair"}],
      ["click button 'Connected devices'", "click button 'Pair new device'", "answer [infeasible] [No device called {device} is nearby.]"],
      start="phone:/settings", answer="infeasible")

os.makedirs(OUT, exist_ok=True)
for old in os.listdir(OUT):
    if old.endswith(".json") and old != "suite.json": os.remove(os.path.join(OUT, old))
with open(os.path.join(OUT, "suite.json"), "w") as f:
    json.dump({"name": "phone", "version": "0.1.0", "description": "Tasks on the phone's Contacts, Phone, Messages and Settings apps.",
               "splits": ["dev", "test"], "limits": {"steps": 20, "episode_seconds": 300, "step_seconds": 60}}, f, indent=2)
    f.write("\n")
for t in tasks:
    with open(os.path.join(OUT, t["id"].split("/")[1] + ".json"), "w") as f:
        json.dump(t, f, indent=2, ensure_ascii=False)
        f.write("\n")
print(f"{len(tasks)} tasks from {len({t['template'] for t in tasks})} templates in {OUT}")
