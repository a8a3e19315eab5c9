#!/usr/bin/env python3
"""Regenerates tasks/phone/*.json: tasks on the phone's ten apps (docs/phone.md, "Tasks").

Needs `gauntlet serve phone --port 18120` (seed 1) running: the templates over seeded data
(mail, events, contacts, expenses, files, notes, alarms) read the phone's screens only to choose
subjects and to write each task's oracle, which types what a person would read off the screen.
Every check's gold is a SQL query run at scoring time, never a value copied from here; the
templates over the device (settings, Wi-Fi networks, Bluetooth devices) use what every seed shows.
Collateral allows only what the goal changes.
Run from the repository root: python3 scripts/phone-suite/generate.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from suite_files import write_suite  # noqa: E402

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

# ---------- The seeded data the new templates read (`gauntlet serve phone --port 18120`, seed 1) ----------
# Oracles type what a person would read off the screens; every check's gold is a query run at scoring time.
import re, urllib.request, urllib.parse, xml.etree.ElementTree as ET
PHONE = "http://127.0.0.1:18120/phone"
DAY0 = START - 9 * 3600          # midnight of the clock's first day, Monday 2026-06-01
TOMORROW = DAY0 + 86400

def screen(path):
    """The nodes of one screen as (resource name, text, content-desc), opened with the serve's `launch`."""
    xml = urllib.request.urlopen(PHONE + "/act", urllib.parse.urlencode({"op": "launch", "path": path}).encode()).read()
    return [(n.get("resource-id").split("/")[-1], n.get("text"), n.get("content-desc")) for n in ET.fromstring(xml).iter("node")]

def switches(path, rid):
    """The switches of one screen as (resource name, text, content-desc, checked)."""
    xml = urllib.request.urlopen(PHONE + "/act", urllib.parse.urlencode({"op": "launch", "path": path}).encode()).read()
    return [(n.get("resource-id").split("/")[-1], n.get("text"), n.get("content-desc"), n.get("checked")) for n in ET.fromstring(xml).iter("node")
            if n.get("resource-id").endswith("/" + rid)]

def node(nodes, rid, attr=1):
    return next((n[attr] for n in nodes if n[0] == rid), None)

def walk(path, read):
    """Reads detail screens id 1, 2, … until one shows nothing."""
    out, i = [], 1
    while (row := read(screen(path % i), i)) is not None:
        out.append(row); i += 1
    return out

CONTACTS = walk("contacts/detail?id=%d", lambda s, i: node(s, "name") and dict(
    id=i, name=node(s, "name"), phone=node(s, "phone", 2), email=node(s, "email", 2) or "", address=node(s, "address", 2) or ""))
MAILS = walk("mail/detail?id=%d", lambda s, i: node(s, "subject") is not None and dict(
    id=i, folder=node(s, "title"), subject=node(s, "subject"), sender=node(s, "from", 2), email=node(s, "from_subtitle"), when=node(s, "from_detail"),
    total=(re.search(r"(?:Total|Amount due): \$([\d,.]+)", "\n".join(n[1] for n in s if n[0] == "body")) or [None, None])[1]) or None)
NOTES = walk("notes/detail?id=%d", lambda s, i: (t := [n for n in s if n[0] == "title"]) and len(t) > 1 and dict(id=i, title=t[1][1]) or None)
def event_row(s, i):
    titles = [x for x in s if x[0] == "title"]
    return dict(id=i, title=titles[1][1], when=node(s, "when", 2), address=node(s, "address", 2) or "",
                attendees=[x[2] for x in s if x[0] == "attendee"]) if len(titles) > 1 else None
EVENTS = walk("calendar/detail?id=%d", event_row)
ALARMS = [dict(time=n[1].split(" ")[0], label=n[1].split(" ", 1)[1], on=n[3] == "true") for n in switches("clock/alarms", "alarm_switch")]
# Businesses and their expense categories, from the app's source (Apps/Shared/Merchant.swift).
CATEGORY = dict(re.findall(r'Merchant\(name: "([^"]+)", email: "[^"]+", category: "([^"]+)"', open("Sources/Sandboxes/Phone/Apps/Shared/Merchant.swift").read()))
def contact(name): return next(c for c in CONTACTS if c["name"] == name)
UNIQUE = [c for c in CONTACTS if sum(1 for d in CONTACTS if d["name"] == c["name"]) == 1]
WITH_ADDRESS = [c for c in UNIQUE if c["address"]]
WITH_EMAIL = [c for c in UNIQUE if c["email"]]

def contact_id(param="name"): return "(SELECT id FROM contacts WHERE first_name || ' ' || last_name = {%s})" % param
def time_steps(time, start="07:00"):
    """Time-picker taps from `start` to `time`: hours up or down, minutes by five."""
    (h0, m0), (h1, m1) = map(int, start.split(":")), map(int, time.split(":"))
    dh, dm = h1 - h0, (m1 - m0) // 5
    return ["click button 'Hour up'"] * max(dh, 0) + ["click button 'Hour down'"] * max(-dh, 0) + \
           ["click button 'Minute up'"] * max(dm, 0) + ["click button 'Minute down'"] * max(-dm, 0)
SENT_TO = lambda who: ("SELECT m.body FROM messages m JOIN messages_threads t ON t.id = m.thread_id WHERE m.sent_at >= %d AND m.direction = 'out' "
                       "AND (t.contact_id = %s OR t.address = (SELECT phone FROM contacts WHERE id = %s))" % (START, who, who))
def TEXT_COLL(who):
    thread = "(contact_id = %s OR address = (SELECT phone FROM contacts WHERE id = %s))" % (who, who)
    return COLL({"table": "messages", "rows": "thread_id IN (SELECT id FROM messages_threads WHERE %s)" % thread, "insert": True, "update": ["read"]},
                {"table": "messages_threads", "rows": thread, "insert": True, "update": ["archived"]})
NEW_CONTACT = COLL({"table": "contacts", "rows": "created_at >= %d" % START, "insert": True})
def newest(table, columns): return "SELECT %s FROM %s WHERE id = (SELECT max(id) FROM %s)" % (columns, table, table)
def one_more(table):
    return {"state": {"query": "SELECT COUNT(*) FROM %s" % table, "expect_query": "SELECT COUNT(*) + 1 FROM %s" % table, "expect_instance": "initial"}}
def text_new(to, body):
    return ["open_app [Messages]", "click 'Start chat'", "input_text textbox 'To' [%s]" % to, "input_text textbox 'Text message' [%s]" % body,
            "click button 'Send'"]
def find_contact(name):
    return ["click button 'Search contacts'", "input_text textbox 'Search contacts' [%s]" % name, "click button '%s'" % name]

# ---------- Clock ----------
for n, (time, label) in enumerate([("06:15", "Early shift"), ("09:30", "Call the bank"), ("05:45", "Catch the ferry"), ("11:00", "Water the plants")], start=1):
    T("set-alarm", n, "Set a one-time alarm for {time} named {label}.", {"time": time, "label": label},
      [one_more("clock_alarms"),
       {"state": {"query": newest("clock_alarms", "time, label, days, enabled"), "expect_query": "SELECT {time}, {label}, '', 1"}},
       COLL({"table": "clock_alarms", "rows": "label = {label}", "insert": True})],
      ["click 'Add alarm'", "click combobox 'Time'"] + time_steps(time) + ["click button 'OK'", "input_text textbox 'Alarm name' [{label}]",
       "navigate_back", "scroll [down]", "click button 'Save'", "stop"],
      start="phone:/clock", key_nodes=[{"name": "alarm form", "url": {"path_prefix": "phone:/clock/alarm"}}])
for n, alarm in enumerate([a for a in ALARMS if a["on"]][1:4], start=1):
    T("alarm-off", n, "Turn off my {label} alarm, but keep it.", {"label": alarm["label"], "time": alarm["time"]},
      [{"state": {"query": "SELECT enabled FROM clock_alarms WHERE label = {label} AND time = {time}", "expect": [[0]]}},
       COLL({"table": "clock_alarms", "rows": "label = {label}", "update": ["enabled"]})],
      ["click switch '{time} {label}'", "stop"], start="phone:/clock")
for n, (label, minutes) in enumerate([("Pasta", 11), ("Tea", 4), ("Laundry", 45), ("Bread", 35)], start=1):
    T("add-timer", n, "Create a timer named {label} for {minutes} minutes.", {"label": label, "minutes": minutes},
      [one_more("clock_timers"),
       {"state": {"query": newest("clock_timers", "label, duration_seconds"), "expect_query": "SELECT {label}, {minutes} * 60"}},
       COLL({"table": "clock_timers", "rows": "label = {label}", "insert": True, "update": ["state", "remaining_seconds", "ends_at"]})],
      ["click 'Timers'", "click 'Add timer'", "input_text textbox 'Timer name' [{label}]", "clear textbox 'Minutes'",
       "input_text textbox 'Minutes' [{minutes}]", "navigate_back", "click button 'Save'", "stop"],
      start="phone:/clock", key_nodes=[{"name": "timer form", "url": {"path_prefix": "phone:/clock/timer_edit"}}])
# ---------- Notes ----------
for n, (title, folder, body) in enumerate([("Packing list", "Travel", "Passport, charger, sunscreen"), ("Book club", "Personal", "Read chapters 4 to 6"),
                                           ("Pancakes", "Recipes", "Two eggs, a cup of flour, a cup of milk"), ("Standup", "Work", "Ask about the release date")], start=1):
    T("create-note", n, "Create a note titled \"{title}\" in my {folder} notes that says \"{body}\".", {"title": title, "folder": folder, "body": body},
      [{"state": {"query": "SELECT n.title, f.name, n.body FROM notes n JOIN notes_folders f ON f.id = n.folder_id WHERE n.created_at >= %d" % START,
                  "expect_query": "SELECT {title}, {folder}, {body}"}},
       COLL({"table": "notes", "rows": "created_at >= %d" % START, "insert": True})],
      ["click 'New note'", "input_text textbox 'Title' [{title}]", "click combobox 'Folder'", "click button '{folder}'",
       "input_text textbox 'Note (Markdown)' [{body}]", "navigate_back", "click button 'Save'", "stop"], start="phone:/notes")
PINNABLE = ["Dentist", "Lentil soup", "Gift ideas for Levi"]
for n, title in enumerate(PINNABLE, start=1):
    T("pin-note", n, "Pin my note \"{title}\" to the top.", {"title": title},
      [{"state": {"query": "SELECT pinned FROM notes WHERE title = {title}", "expect": [[1]]}},
       COLL({"table": "notes", "rows": "title = {title}", "update": ["pinned", "updated_at"]})],
      ["long_press button '{title}'", "click button 'Pin'", "stop"], start="phone:/notes")
for n, (title, folder) in enumerate([("Gift ideas for Farid", "Shopping"), ("Lentil soup", "Personal"), ("Dentist", "Travel")], start=1):
    T("move-note", n, "Move my note \"{title}\" to the {folder} folder.", {"title": title, "folder": folder},
      [{"state": {"query": "SELECT f.name FROM notes n JOIN notes_folders f ON f.id = n.folder_id WHERE n.title = {title}", "expect_query": "SELECT {folder}"}},
       COLL({"table": "notes", "rows": "title = {title}", "update": ["folder_id", "updated_at"]})],
      ["long_press button '{title}'", "click button 'Move to {folder}'", "stop"], start="phone:/notes")
# ---------- Files ----------
for n, (name, parent) in enumerate([("Receipts 2026", "Documents"), ("Holiday", "Pictures"), ("Podcasts", "Music")], start=1):
    T("new-folder", n, "Create a folder named {name} inside {parent}.", {"name": name, "parent": parent},
      [{"state": {"query": "SELECT f.name, p.name, f.is_folder FROM files f JOIN files p ON p.id = f.parent_id WHERE f.modified_at >= %d" % START,
                  "expect_query": "SELECT {name}, {parent}, 1"}},
       COLL({"table": "files", "rows": "modified_at >= %d" % START, "insert": True})],
      ["click button '{parent}'", "click 'More options'", "click button 'New folder'", "input_text textbox 'Folder name' [{name}]",
       "navigate_back", "click button 'Create'", "stop"], start="phone:/files")
for n, (name, new) in enumerate([("Resume.pdf", "Resume 2026.pdf"), ("Car insurance.pdf", "Car insurance 2026.pdf"), ("Lease agreement.pdf", "Lease.pdf")], start=1):
    T("rename-file", n, "Rename the file {name} in Documents to {new}.", {"name": name, "new": new},
      [{"state": {"query": "SELECT name FROM files WHERE parent_id = (SELECT id FROM files WHERE name = 'Documents' AND parent_id IS NULL) AND name IN ({name}, {new})",
                  "expect_query": "SELECT {new}"}},
       COLL({"table": "files", "rows": "name IN ({name}, {new})", "update": ["name", "modified_at"]})],
      ["click button 'Documents'", "long_press button '{name}'", "click button 'Rename'", "clear textbox 'Name'", "input_text textbox 'Name' [{new}]",
       "navigate_back", "click button 'Save'", "stop"], start="phone:/files")
for n, (name, dest, path) in enumerate([("boarding-pass.pdf", "Documents", ["Documents"]), ("concert-tickets.pdf", "Documents", ["Documents"]),
                                         ("Annual-report.pdf", "Work", ["Documents", "Work"]), ("Hiring-plan.pdf", "Work", ["Documents", "Work"])], start=1):
    T("move-file", n, "Move {name} from Download to my {dest} folder.", {"name": name, "dest": dest},
      [{"state": {"query": "SELECT p.name FROM files f JOIN files p ON p.id = f.parent_id WHERE f.name = {name}", "expect_query": "SELECT {dest}"}},
       COLL({"table": "files", "rows": "name = {name}", "update": ["parent_id", "modified_at"]})],
      ["click button 'Download'", "long_press button '{name}'", "click button 'Move'"] + ["click button '%s'" % p for p in path[:-1]] +
      ["click button '{dest}'", "click button 'Move here'", "stop"], start="phone:/files")
# ---------- Expenses ----------
def logged_expense(extra=""):
    """A new expense, the newest row: amount (dollars typed), merchant, category, today, and `extra` columns the goal names."""
    return [one_more("expenses"),
            {"state": {"query": newest("expenses", "amount_cents, merchant, category_id, spent_on" + "".join(", " + c for c in extra.split())),
                       "expect_query": "SELECT CAST(round({amount} * 100) AS INTEGER), {merchant}, (SELECT id FROM expenses_categories WHERE name = {category}), "
                                       "'2026-06-01'" + "".join(", {%s}" % c for c in extra.split())}},
            COLL({"table": "expenses", "rows": "merchant = {merchant}", "insert": True})]
EXPENSE_FORM = ["click 'Add expense'", "input_text textbox 'Amount ($)' [{amount}]", "input_text textbox 'Merchant' [{merchant}]", "navigate_back",
                "click combobox 'Category'", "click button '{category}'"]
for n, (amount, merchant, category, payment) in enumerate([("12.40", "Daily Grind Cafe", "Dining", "Cash"), ("58.00", "Northside Garage", "Transport", "Card"),
                                                            ("23.75", "Bloom Florist", "Shopping", "Cash"), ("140.00", "Dr. Alvarez", "Health", "Bank transfer")], start=1):
    T("log-expense", n, "Log an expense of ${amount} at {merchant} today, category {category}, paid by {payment}.",
      {"amount": amount, "merchant": merchant, "category": category, "payment": payment}, logged_expense("payment"),
      EXPENSE_FORM + ["click combobox 'Payment'", "click button '{payment}'", "click button 'Save'", "stop"],
      start="phone:/expenses", key_nodes=[{"name": "expense form", "url": {"path_prefix": "phone:/expenses/edit"}}])
# ---------- Calendar ----------
for n, (title, day, reminder) in enumerate([("Pick up dry cleaning", 3, "30 minutes before"), ("Call with the landlord", 10, "1 hour before"),
                                            ("Bike service", 12, "1 day before"), ("Passport photos", 19, "15 minutes before")], start=1):
    T("create-event", n, "Add an event \"{title}\" on June {day} from 9 to 10 in the morning, with a reminder {reminder}.",
      {"title": title, "day": day, "reminder": reminder},
      [one_more("calendar_events"),
       {"state": {"query": newest("calendar_events", "title, starts_at, ends_at, all_day, reminder_minutes"),
                  "expect_query": "SELECT {title}, %d + ({day} - 1) * 86400 + 32400, %d + ({day} - 1) * 86400 + 36000, 0, "
                                  "CASE {reminder} WHEN '15 minutes before' THEN 15 WHEN '30 minutes before' THEN 30 WHEN '1 hour before' THEN 60 WHEN '1 day before' THEN 1440 END" % (DAY0, DAY0)}},
       COLL({"table": "calendar_events", "rows": "title = {title}", "insert": True})],
      ["click button '%s'" % day if day not in (1, 2, 4, 5, 8, 15, 17, 18, 20, 22, 23, 27, 28, 29) else "click button '%s •'" % day,
       "click 'New event'", "input_text textbox 'Title' [{title}]", "navigate_back", "click combobox 'Reminder'", "click button '{reminder}'",
       "scroll [down]", "click button 'Save'", "stop"],
      start="phone:/calendar", key_nodes=[{"name": "the day", "url": {"path_prefix": "phone:/calendar/day"}}])
# ---------- Contacts ----------
for n, c in enumerate(UNIQUE[10:14], start=1):
    T("favourite-contact", n, "Add {name} to my favourite contacts.", {"name": c["name"]},
      [{"state": {"query": "SELECT starred FROM contacts WHERE id = " + contact_id(), "expect": [[1]]}},
       COLL({"table": "contacts", "rows": "id = " + contact_id(), "update": ["starred"]})],
      find_contact("{name}") + ["click switch 'Favourite'", "stop"], start="phone:/contacts")
for n, (c, email) in enumerate(zip(WITH_EMAIL[20:23], ["work.inbox@fastmail.example", "hello@studio-north.example", "me@personal.example"]), start=1):
    T("change-email", n, "Change {name}'s email address to {email}.", {"name": c["name"], "email": email},
      [{"state": {"query": "SELECT first_name, last_name, phone, email FROM contacts WHERE id = %d" % c["id"],
                  "expect_query": "SELECT first_name, last_name, phone, {email} FROM contacts WHERE id = " + contact_id()}},
       COLL({"table": "contacts", "rows": "id = " + contact_id(), "update": ["email"]})],
      find_contact("{name}") + ["click 'Edit contact'", "clear textbox 'Email'", "input_text textbox 'Email' [{email}]", "navigate_back",
                               "click button 'Save'", "stop"], start="phone:/contacts")
# ---------- Mail ----------
for n, (c, subject, body) in enumerate(zip(WITH_EMAIL[30:33], ["Saturday plans", "The photos", "Book you lent me"],
                                           ["Are we still on for Saturday?", "Here are the photos from the trip.", "I will bring it back on Monday."]), start=1):
    T("send-mail", n, "Email {name} with the subject \"{subject}\" saying \"{body}\".", {"name": c["name"], "subject": subject, "body": body},
      [{"state": {"query": "SELECT to_emails, subject, body, folder_id FROM mail_messages WHERE sent_at >= %d" % START,
                  "expect_query": "SELECT email, {subject}, {body}, 2 FROM contacts WHERE id = " + contact_id()}},
       COLL({"table": "mail_messages", "rows": "sent_at >= %d" % START, "insert": True})],
      ["click 'Compose'", "input_text textbox 'To' [{name}]", "input_text textbox 'Subject' [{subject}]", "input_text textbox 'Compose email' [{body}]",
       "navigate_back", "click 'Send'", "stop"], start="phone:/mail")
for n, sender in enumerate(["Streamly", "City Water Services", "Nimbus Mobile", "Harbor Fitness"], start=1):
    T("archive-mail", n, "Move the latest mail from {sender} to the Archive folder.", {"sender": sender},
      [{"state": {"query": "SELECT folder_id FROM mail_messages WHERE id = (SELECT id FROM mail_messages WHERE from_name = {sender} ORDER BY sent_at DESC LIMIT 1)",
                  "expect": [[4]]}},
       COLL({"table": "mail_messages", "rows": "from_name = {sender}", "update": ["folder_id", "is_read"]})],
      ["click 'Search mail'", "input_text textbox 'Search mail' [{sender}]", "click button '{sender}'", "click 'More options'",
       "click button 'Move to Archive'", "stop"], start="phone:/mail")
# ---------- Messages ----------
THREADED = [c for c in UNIQUE if any(x[2] == c["name"] for x in screen("messages/threads") if x[0] == "conversation")][:3]
for n, (c, text) in enumerate(zip(THREADED, ["Sounds good, see you then", "Thanks for letting me know", "I'll call you tonight"]), start=1):
    T("reply-thread", n, "Reply \"{text}\" in my conversation with {name}.", {"name": c["name"], "text": text},
      [{"state": {"query": SENT_TO(contact_id()), "expect_query": "SELECT {text}"}}, TEXT_COLL(contact_id())],
      ["click button '{name}'", "input_text textbox 'Text message' [{text}]", "click button 'Send'", "stop"], start="phone:/messages")

# ---------- Retrieval ----------
for n, (category, month, name) in enumerate([("Groceries", "2026-03", "March"), ("Transport", "2026-04", "April"), ("Dining", "2026-02", "February"),
                                             ("Utilities", "2026-05", "May")], start=1):
    shown = [x for x in screen("expenses/report?month=" + month) if x[0] in ("category_total", "category_total_detail")]
    total = next(shown[i + 1][1] for i, x in enumerate(shown) if x[2] == category)
    back = 6 - int(month[5:])
    T("category-spend", n, "How much did I spend on {category} in {month_name} 2026?", {"category": category, "month": month, "month_name": name},
      [{"answer": {"currency": {"query": "SELECT printf('$%.2f', COALESCE(SUM(amount_cents), 0) / 100.0) FROM expenses WHERE category_id = "
                                          "(SELECT id FROM expenses_categories WHERE name = {category}) AND spent_on LIKE {month} || '-%'"}}}],
      ["click 'Monthly report'"] + ["click button 'Previous month'"] * back + ["stop [%s]" % total],
      start="phone:/expenses", key_nodes=[{"name": "the month's report", "url": {"equals": "phone:/expenses/report?month={month}"}}])
for n, c in enumerate(UNIQUE[40:45], start=1):
    T("contact-phone", n, "What is {name}'s phone number?", {"name": c["name"]},
      [{"answer": {"phone": {"query": "SELECT phone FROM contacts WHERE id = " + contact_id()}}}],
      find_contact("{name}") + ["stop [%s]" % c["phone"]], start="phone:/contacts")
for n, (title, day) in enumerate([("Annual checkup", "2026-06-05"), ("Dinner with Omar", "2026-06-20"), ("Concert", "2026-06-29"), ("Yoga class", "2026-06-04")], start=1):
    T("event-date", n, "On what date is my next \"{title}\"?", {"title": title},
      [{"answer": {"date": {"query": "SELECT date(min(starts_at), 'unixepoch') FROM calendar_events WHERE title = {title} AND starts_at >= %d" % START}}}],
      ["click 'Search events'", "input_text textbox 'Search events' [{title}]", "stop [%s]" % day], start="phone:/calendar")
for n, folder in enumerate(["Download", "Recordings", "Music"], start=1):
    top = screen("files/folder")
    count = next(int(re.search(r"(\d+) items", x[1]).group(1)) for i, x in enumerate(top) if x[0] == "folder_subtitle" and top[i - 1][2] == folder)
    T("folder-count", n, "How many items are in my {folder} folder?", {"folder": folder},
      [{"answer": {"count": {"query": "SELECT COUNT(*) FROM files WHERE parent_id = (SELECT id FROM files WHERE name = {folder} AND parent_id IS NULL)"}}}],
      ["click button '{folder}'", "stop [%d items]" % count], start="phone:/files")
for n, alarm in enumerate([a for a in ALARMS if a["label"] in ("Airport", "Take medication", "Work")], start=1):
    T("alarm-time", n, "What time is my {label} alarm set for?", {"label": alarm["label"]},
      [{"answer": {"exact": {"query": "SELECT time FROM clock_alarms WHERE label = {label}"}}}],
      ["stop [%s]" % alarm["time"]], start="phone:/clock")
for n, merchant in enumerate(["Harbor Fitness", "City Water Services", "Nimbus Mobile"], start=1):
    latest = max((m for m in MAILS if m["sender"] == merchant and m["total"]), key=lambda m: m["when"])
    T("bill-amount", n, "How much was my latest {merchant} bill?", {"merchant": merchant},
      [{"answer": {"currency": {"query": "SELECT printf('$%.2f', amount_cents / 100.0) FROM mail_messages WHERE from_name = {merchant} AND kind = 'invoice' ORDER BY sent_at DESC LIMIT 1"}}}],
      ["click 'Search mail'", "input_text textbox 'Search mail' [{merchant}]", "click button '{merchant}'", "stop [$%s]" % latest["total"]], start="phone:/mail")

# ---------- Cross-app ----------
CROSS_APP = {"text-dentist-address", "invoice-sender-contact", "expense-from-receipt", "call-attendee", "text-contact-number", "note-contact-address"}
DENTIST = "(SELECT address FROM calendar_events WHERE title = 'Dentist appointment' AND starts_at >= %d AND starts_at < %d)" % (TOMORROW, TOMORROW + 86400)
dentist = next(e["address"] for e in EVENTS if e["title"] == "Dentist appointment" and e["when"] == "Tue, Jun 2, 2026")
for n, c in enumerate(UNIQUE[50:56], start=1):
    T("text-dentist-address", n, "Text {name} the address of my dentist appointment tomorrow.", {"name": c["name"]},
      [{"state": {"query": "SELECT COUNT(*) FROM (%s) WHERE instr(body, %s) > 0" % (SENT_TO(contact_id()), DENTIST), "expect": [[1]]}},
       TEXT_COLL(contact_id())],
      ["open_app [Calendar]", "click button '2 •'", "click button 'Dentist appointment'"] + text_new("{name}", dentist) + ["stop"],
      key_nodes=[{"name": "the appointment", "url": {"path_prefix": "phone:/calendar/detail"}},
                 {"name": "sent", "state": {"query": "SELECT COUNT(*) > 0 FROM (%s)" % SENT_TO(contact_id()), "expect": [[1]]}}])
for n, merchant in enumerate(["Brightline Internet", "Harbor Fitness", "Cascade Power & Light", "Nimbus Mobile", "City Water Services", "Streamly"], start=1):
    latest = max((m for m in MAILS if m["sender"] == merchant), key=lambda m: m["when"])
    T("invoice-sender-contact", n, "Save whoever sent my latest {merchant} invoice as a new contact, with the name and email address shown on that mail.",
      {"merchant": merchant, "email": latest["email"]},
      [{"state": {"query": "SELECT trim(first_name || ' ' || last_name), email FROM contacts WHERE created_at >= %d" % START,
                  "expect_query": "SELECT from_name, from_email FROM mail_messages WHERE from_name = {merchant} AND kind = 'invoice' ORDER BY sent_at DESC LIMIT 1"}},
       NEW_CONTACT],
      ["open_app [Mail]", "click 'Search mail'", "input_text textbox 'Search mail' [{merchant}]", "click button '{merchant}'", "navigate_home",
       "open_app [Contacts]", "click 'New contact'", "input_text textbox 'First name' [{merchant}]", "input_text textbox 'Email' [{email}]",
       "navigate_back", "click button 'Save'", "stop"],
      key_nodes=[{"name": "the invoice", "url": {"path_prefix": "phone:/mail/detail"}}, {"name": "new contact form", "url": {"path_prefix": "phone:/contacts/edit"}}])
RECENT = sorted((m for m in MAILS if m["total"] and m["when"] >= "2026-05-20" and m["folder"] in ("Inbox", "Receipts")), key=lambda m: m["when"])
for n, m in enumerate(RECENT, start=1):
    merchant, day = m["sender"], m["when"][:10]
    T("expense-from-receipt", n, "Log my latest {merchant} bill from Mail as an expense: its amount, on the day it was sent, in the same category as my "
      "earlier {merchant} expenses.", {"merchant": merchant, "amount": m["total"], "day": int(day[8:]), "category": CATEGORY[merchant]},
      [one_more("expenses"),
       {"state": {"query": newest("expenses", "amount_cents, merchant, category_id, spent_on"),
                  "expect_query": "SELECT amount_cents, from_name, (SELECT category_id FROM expenses WHERE merchant = {merchant} AND mail_id IS NOT NULL LIMIT 1), "
                                  "date(sent_at, 'unixepoch') FROM mail_messages WHERE from_name = {merchant} ORDER BY sent_at DESC LIMIT 1"}},
       COLL({"table": "expenses", "rows": "merchant = {merchant}", "insert": True})],
      ["open_app [Mail]", "click 'Search mail'", "input_text textbox 'Search mail' [{merchant}]", "click button '{merchant}'", "navigate_home",
       "open_app [Expenses]", "click 'Add expense'", "input_text textbox 'Amount ($)' [{amount}]", "input_text textbox 'Merchant' [{merchant}]",
       "navigate_back", "click combobox 'Category'", "click button '{category}'", "click combobox 'Date'", "click button 'Previous month'",
       "click button '{day}'", "click button 'OK'", "click button 'Save'", "stop"],
      key_nodes=[{"name": "the bill", "url": {"path_prefix": "phone:/mail/detail"}}, {"name": "expense form", "url": {"path_prefix": "phone:/expenses/edit"}}])
ATTENDED = [("Hiring plan review", "Mon, Jun 8, 2026"), ("Dinner with Omar", "Sat, Jun 20, 2026"), ("Dinner with Hugo", "Sun, Jun 28, 2026"),
            ("Security audit review", "Tue, Jun 23, 2026"), ("Mobile release review", "Mon, Jun 15, 2026")]
for n, (title, when) in enumerate(ATTENDED, start=1):
    ev = next(e for e in EVENTS if e["title"] == title and e["when"] == when)
    first = contact(ev["attendees"][0])
    date = "2026-06-%02d" % int(when.split(" ")[2].rstrip(","))
    T("call-attendee", n, "Call the first person on the guest list of my \"{title}\" on {date}.", {"title": title, "date": date, "number": first["phone"]},
      [{"state": {"query": "SELECT number, direction FROM dialer_calls WHERE started_at >= %d" % START,
                  "expect_query": "SELECT c.phone, 'outgoing' FROM calendar_attendees a JOIN contacts c ON c.id = a.contact_id WHERE a.position = "
                                  "(SELECT min(position) FROM calendar_attendees WHERE event_id = a.event_id) AND a.event_id = (SELECT id FROM calendar_events "
                                  "WHERE title = {title} AND date(starts_at, 'unixepoch') = {date})"}},
       COLL({"table": "dialer_calls", "rows": "started_at >= %d" % START, "insert": True, "update": ["duration_s"]})],
      ["open_app [Calendar]", "click 'Search events'", "input_text textbox 'Search events' [{title}]"] +
      ["click button '{title}'"] + ["navigate_home", "open_app [Phone]", "click 'Keypad'", "input_text textbox 'Phone number' [{number}]", "keyboard_enter", "stop"],
      key_nodes=[{"name": "the event", "url": {"path_prefix": "phone:/calendar/detail"}}])
for n, (c, to) in enumerate(zip(UNIQUE[60:65], UNIQUE[70:75]), start=1):
    T("text-contact-number", n, "Text {to} {name}'s phone number.", {"name": c["name"], "to": to["name"], "number": c["phone"]},
      [{"state": {"query": "SELECT COUNT(*) FROM (%s) WHERE instr(body, (SELECT phone FROM contacts WHERE id = %s)) > 0" % (SENT_TO(contact_id("to")), contact_id()),
                  "expect": [[1]]}}, TEXT_COLL(contact_id("to"))],
      ["open_app [Contacts]"] + find_contact("{name}") + ["navigate_home"] + text_new("{to}", "{number}") + ["stop"],
      key_nodes=[{"name": "the contact", "url": {"path_prefix": "phone:/contacts/detail"}}])
for n, (c, title) in enumerate(zip(WITH_ADDRESS[5:10], ["Visit", "Parcel", "Party", "Pick-up", "Housewarming"]), start=1):
    T("note-contact-address", n, "Create a note titled \"{title}\" that holds {name}'s address.", {"name": c["name"], "title": title, "address": c["address"]},
      [{"state": {"query": "SELECT title, instr(body, (SELECT address FROM contacts WHERE id = %s)) > 0 FROM notes WHERE created_at >= %d" % (contact_id(), START),
                  "expect_query": "SELECT {title}, 1"}},
       COLL({"table": "notes", "rows": "created_at >= %d" % START, "insert": True})],
      ["open_app [Contacts]"] + find_contact("{name}") + ["navigate_home", "open_app [Notes]", "click 'New note'", "input_text textbox 'Title' [{title}]",
       "input_text textbox 'Note (Markdown)' [{address}]", "navigate_back", "click button 'Save'", "stop"],
      key_nodes=[{"name": "the contact", "url": {"path_prefix": "phone:/contacts/detail"}}])

# ---------- ask_user ----------
for n, (time, label) in enumerate([("05:30", "Flight"), ("08:45", "Interview")], start=1):
    T("alarm-ask", n, "Set an alarm for my {label} tomorrow, named {label}.", {"time": time, "label": label},
      [one_more("clock_alarms"),
       {"state": {"query": newest("clock_alarms", "time, label, enabled"), "expect_query": "SELECT {time}, {label}, 1"}},
       COLL({"table": "clock_alarms", "rows": "label = {label}", "insert": True})],
      ["ask_user [What time should the alarm ring?]", "click button 'OK'", "click 'Add alarm'", "click combobox 'Time'"] + time_steps(time) +
      ["click button 'OK'", "input_text textbox 'Alarm name' [{label}]", "navigate_back", "scroll [down]", "click button 'Save'", "stop"],
      start="phone:/clock", user=[{"keywords": ["time"], "reply": "Make it {time}."}, {"keywords": ["when"], "reply": "At {time}."}])
for n, (label, minutes) in enumerate([("Eggs", 9), ("Nap", 25)], start=1):
    T("timer-ask", n, "Create a timer named {label} for as long as I need.", {"label": label, "minutes": minutes},
      [one_more("clock_timers"),
       {"state": {"query": newest("clock_timers", "label, duration_seconds"), "expect_query": "SELECT {label}, {minutes} * 60"}},
       COLL({"table": "clock_timers", "rows": "label = {label}", "insert": True, "update": ["state", "remaining_seconds", "ends_at"]})],
      ["ask_user [How long should the timer be?]", "click button 'OK'", "click 'Timers'", "click 'Add timer'", "input_text textbox 'Timer name' [{label}]",
       "clear textbox 'Minutes'", "input_text textbox 'Minutes' [{minutes}]", "navigate_back", "click button 'Save'", "stop"],
      start="phone:/clock", user=[{"keywords": ["how long"], "reply": "{minutes} minutes."}, {"keywords": ["minutes"], "reply": "{minutes} minutes."}])
for n, (merchant, amount, category) in enumerate([("Blue Cab", "23.50", "Transport"), ("Sunday Market", "31.20", "Groceries")], start=1):
    T("expense-ask", n, "Log what I just paid at {merchant} as a {category} expense for today.", {"merchant": merchant, "amount": amount, "category": category},
      logged_expense(), ["ask_user [How much did you pay?]", "click button 'OK'"] + EXPENSE_FORM + ["click button 'Save'", "stop"],
      start="phone:/expenses", user=[{"keywords": ["how much"], "reply": "It was ${amount}."}, {"keywords": ["amount"], "reply": "${amount}."}])

# ---------- infeasible ----------
SEARCHED = lambda app: ("SELECT COUNT(*) > 0 FROM phone_stack WHERE app = '%s' AND screen = 'search' AND instr(lower(fields), lower({first} || ' ' || {last})) > 0" % app)
for n, (first, last) in enumerate([("Gandalf", "Greyhame"), ("Ottoline", "Wexford"), ("Casimir", "Blackwood")], start=1):
    T("call-unknown-contact", n, "Call my contact {first} {last}.", {"first": first, "last": last},
      [{"state": {"query": SEARCHED("contacts"), "expect": [[1]]}}],
      ["click button 'Search contacts'", "input_text textbox 'Search contacts' [{first} {last}]", "answer [infeasible] [There is no contact named {first} {last}.]"],
      start="phone:/contacts", answer="infeasible")
for n, (first, last) in enumerate([("Bartholomew", "Quince"), ("Philippa", "Drummond")], start=1):
    T("reply-unknown-mail", n, "Reply to the mail {first} {last} sent me and say thanks.", {"first": first, "last": last},
      [{"state": {"query": SEARCHED("mail"), "expect": [[1]]}}],
      ["click 'Search mail'", "input_text textbox 'Search mail' [{first} {last}]", "answer [infeasible] [No mail from {first} {last}.]"],
      start="phone:/mail", answer="infeasible")
for n, category in enumerate(["Pets", "Childcare"], start=1):
    T("expense-unknown-category", n, "Log $15 at Corner Shop under my {category} expense category.", {"category": category},
      [{"url": {"path_prefix": "phone:/expenses/categories"}}],
      ["click 'More options'", "click button 'Categories'", "answer [infeasible] [There is no {category} category.]"],
      start="phone:/expenses", answer="infeasible")
write_suite(OUT, {"name": "phone", "version": "0.2.0", "description": "Tasks on the phone's ten apps: single-app changes, retrieval, cross-app, ask_user and infeasible tasks.",
                  "splits": ["dev", "test"], "limits": {"steps": 20, "episode_seconds": 300, "step_seconds": 60}}, tasks)
def difficulty(t):
    """From the optimal plan's length, the oracle's actions before its answer: easy up to 5, medium up to 15, hard beyond."""
    steps = len(t["oracle"]) - 1
    return "easy" if steps <= 5 else "medium" if steps <= 15 else "hard"
levels = {d: sum(1 for t in tasks if difficulty(t) == d) for d in ("easy", "medium", "hard")}
cross = sum(1 for t in tasks if t["template"] in CROSS_APP)
print(f"{len(tasks)} tasks from {len({t['template'] for t in tasks})} templates in {OUT}: {cross} cross-app, "
      f"{sum(1 for t in tasks if 'user' in t)} ask_user, {sum(1 for t in tasks if t.get('answer', {}).get('status') == 'infeasible')} infeasible; "
      + ", ".join(f"{n} {d}" for d, n in levels.items()))
