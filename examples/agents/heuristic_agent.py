#!/usr/bin/env python3
"""A heuristic agent for Gauntlet (protocol gauntlet/1): websites, text games and the
phone, standard library only.

It reads the accessibility-tree text, matches the words of the goal against the
names of links and buttons, uses a search box when there is one, never repeats an
action on the same page, and stops with an answer after a step budget.

    gauntlet run --agent "python3 examples/agents/heuristic_agent.py" ...
"""
import json
import re
import sys

NODE = re.compile(r"^(?P<indent> *)\[(?P<id>[^\]]+)\] (?P<role>\S+)(?: '(?P<name>(?:[^'\\]|\\.)*)')?(?P<props>.*)$")
# Names are not escaped: one may hold a quote (`'It's 5.'`), and then it runs to the quote
# that the line's value, states and bounds follow (the phone's replies and messages need it).
QUOTED_NODE = re.compile(r"^(?P<indent> *)\[(?P<id>[^\]]+)\] (?P<role>\S+)(?: '(?P<name>.*?)')?"
                         r"(?P<props>(?: value='.*')?(?: [a-z][a-z-]*)*(?: bounds=\S+)?)$")
STOPWORDS = set("""a an the of to in on for and or with by from at as is are was be it its this that
what which who how many much find show tell me my i you your please add put into cart item items
buy get go open page site store shop click then there their them all any one two search look
for""".split())
ACTIONABLE = {"link", "button", "menuitem", "tab", "option", "checkbox", "radio"}
TEXT_INPUTS = {"searchbox", "textbox", "combobox"}
PRICE = re.compile(r"\$\s?\d[\d,]*(?:\.\d\d)?")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def parse_tree(text, pattern=NODE):
    """Nodes as dicts: id, role, name, props, depth."""
    nodes = []
    for line in text.splitlines():
        match = pattern.match(line)
        if not match:
            continue
        name = (match.group("name") or "").replace("\\'", "'").replace("\\\\", "\\")
        nodes.append({"id": match.group("id"), "role": match.group("role"), "name": name,
                      "props": match.group("props").strip(), "depth": len(match.group("indent")) // 2})
    return nodes


def words(text):
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS and len(w) > 1]


def stem(word):
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


class Agent:
    def __init__(self):
        self.reset("", 30)

    def reset(self, goal, step_budget):
        self.goal = goal
        self.goal_terms = list(dict.fromkeys(words(goal)))   # in goal order, for queries
        self.goal_words = {stem(w) for w in self.goal_terms}
        self.budget = max(1, min(step_budget, 30) - 1)
        self.steps = 0
        self.done = set()          # (url, action) pairs already tried
        self.searched = False
        self.wants_cart = "cart" in goal.lower()
        self.added = False
        self.best_answer = ""

    def score(self, name):
        name_words = {stem(w) for w in words(name)}
        return len(name_words & self.goal_words)

    def remember_answer(self, nodes):
        """Keep the most goal-like price or text seen so far as the fallback answer."""
        wants_price = any(w in self.goal.lower() for w in ("price", "cost", "how much", "cheapest"))
        for node in nodes:
            if wants_price:
                found = PRICE.search(node["name"])
                if found:
                    self.best_answer = found.group(0).replace(" ", "")
                    return
            elif node["role"] in ("heading", "StaticText") and self.score(node["name"]) > 0 and not self.best_answer:
                self.best_answer = node["name"]

    def act(self, observation, last_error):
        self.steps += 1
        url = observation.get("url", "")
        nodes = parse_tree(observation.get("text", ""))
        self.remember_answer(nodes)
        text = observation.get("text", "").lower()

        if self.wants_cart and self.added and ("added to cart" in text or "cart" in url):
            return "stop [done]"
        if self.steps > self.budget:
            return "stop [%s]" % (self.best_answer or "N/A")

        def fresh(action):
            return (url, action) not in self.done

        def take(action):
            self.done.add((url, action))
            return action

        # On a page about the goal, put it in the cart if that is the task.
        title_score = self.score(observation.get("title", ""))
        if self.wants_cart and title_score > 0:
            for node in nodes:
                if node["role"] == "button" and "add to cart" in node["name"].lower():
                    action = "click [%s]" % node["id"]
                    if fresh(action):
                        self.added = True
                        return take(action)

        # A question answered on this page: stop with the answer.
        if not self.wants_cart and self.best_answer and title_score >= max(1, len(self.goal_words) // 2):
            return "stop [%s]" % self.best_answer

        # The best-matching link or button not yet tried here.
        candidates = [(self.score(n["name"]), -i, n) for i, n in enumerate(nodes)
                      if n["role"] in ACTIONABLE and n["name"] and "add to cart" not in n["name"].lower()]
        candidates = [c for c in candidates if c[0] > 0 and fresh("click [%s]" % c[2]["id"])]
        if candidates:
            candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
            return take("click [%s]" % candidates[0][2]["id"])

        # Otherwise search, once per page, with the goal's key words.
        if not self.searched:
            for node in nodes:
                if node["role"] in TEXT_INPUTS and ("search" in node["name"].lower() or node["role"] == "searchbox"):
                    query = " ".join(self.goal_terms[:4])
                    self.searched = True
                    return take("type [%s] [%s] [1]" % (node["id"], query))

        if fresh("scroll [down]") and not last_error:
            return take("scroll [down]")
        if fresh("go_back") and self.steps > 1:
            return take("go_back")
        return "stop [%s]" % (self.best_answer or "N/A")


class TextGameAgent:
    """Text games: picks among the screen's admissible commands, preferring those that
    share words with the goal, never repeating itself while something new is on offer,
    and stops once the screen says the game is won. When its step budget is spent it
    declares the task infeasible, naming its guess at what is missing (the game wants
    the name): an ingredient the game said has no source, else the longest run of the
    goal's words that no screen ever showed."""

    OPTION = re.compile(r"^\s*\[[^\]]+\] option '(?P<command>.*)'")
    NO_SOURCE = re.compile(r"\] status '.*' value='notGettable'")

    def reset(self, goal, step_budget):
        self.goal = goal
        self.goal_words = {stem(w) for w in words(goal)}
        self.budget = max(1, step_budget - 1)
        self.steps = 0
        self.tried = {}
        self.seen = set()
        self.no_source = None
        self.last = None

    def missing(self):
        """The agent's guess at what the world lacks, or None."""
        if self.no_source:
            return self.no_source
        runs, run = [], []
        for word in re.findall(r"[a-z]+", self.goal.lower()) + [""]:
            if word and word not in STOPWORDS and stem(word) not in self.seen and word not in ("task", "heat", "cool", "clean", "put", "examine", "craft", "find", "take"):
                run.append(word)
            elif run:
                runs.append(run)
                run = []
        return " ".join(max(runs, key=len)) if runs else None

    def give_up(self):
        missing = self.missing()
        return "answer [infeasible] [%s]" % missing if missing else "stop [N/A]"

    def value_adjustment(self, command):
        """What a learning subclass adds to a command's value (stream_agent.py); none here."""
        return 0

    def act(self, observation, last_error):
        self.steps += 1
        text = observation.get("text", "")
        first = text.splitlines()[0] if text else ""
        if " won" in first:
            return "stop [done]"
        for line in text.splitlines():
            if "Your task is to" not in line:
                self.seen.update(stem(w) for w in re.findall(r"[a-z]+", line.lower()))
            if self.NO_SOURCE.search(line) and self.last and self.last.startswith("get "):
                self.no_source = " ".join(self.last.split(" ")[2:])
        if self.steps > self.budget:
            return self.give_up()
        commands = [m.group("command").replace("\\'", "'") for m in map(self.OPTION.match, text.splitlines()) if m]
        if not commands:
            return self.give_up()

        def value(command):
            overlap = len({stem(w) for w in words(command)} & self.goal_words)
            verb = command.split(" ")[0]
            bonus = {"take": 2, "move": 3, "put": 3, "heat": 2, "cool": 2, "clean": 2, "use": 2,
                     "craft": 3, "get": 1, "open": 1, "unlock": 2, "examine": 1}.get(verb, 0)
            return (overlap * 4 + bonus) - 5 * self.tried.get(command, 0) + self.value_adjustment(command)

        best = max(commands, key=lambda c: (value(c), -commands.index(c)))
        self.tried[best] = self.tried.get(best, 0) + 1
        self.last = best
        return "say [%s]" % best


class PhoneAgent:
    """Phone tasks (action space `gui`): reads the goal for the values it gives (phone
    numbers, a quoted or `that …` message, a person's name, a choice such as `5 minutes`),
    opens the app the goal names, follows the buttons whose names or subtitles share words
    with the goal, fills the form fields it has values for, presses the obvious confirming
    button, flips a switch the goal turns on or off, asks the user for what a field needs
    and the goal lacks, and declares the task infeasible when the thing the goal names is
    nowhere to be found. It stops when the phone confirms (a switch in the wanted state, a
    toast, a choice shown) or its step budget runs out."""

    PHONE = re.compile(r"\+?\d[\d\- ()]{6,}\d")
    APPS = {"contacts": "Contacts", "contact": "Contacts", "messages": "Messages", "text": "Messages",
            "sms": "Messages", "call": "Phone", "dial": "Phone", "mail": "Mail", "email": "Mail",
            "calendar": "Calendar", "event": "Calendar", "appointment": "Calendar", "alarm": "Clock",
            "timer": "Clock", "clock": "Clock", "note": "Notes", "notes": "Notes", "file": "Files",
            "files": "Files", "folder": "Files", "expense": "Expenses", "expenses": "Expenses",
            "spend": "Expenses", "spent": "Expenses", "wi": "Settings", "bluetooth": "Settings",
            "settings": "Settings", "pair": "Settings", "setting": "Settings"}
    # Words a phone's screens use for what goals say in other words.
    SYNONYMS = {"pair": ["bluetooth", "device"], "call": ["keypad", "dial"], "text": ["message", "chat"],
                "wi": ["network"], "fi": ["network"], "wifi": ["network"]}
    CREATE_VERBS = {"add", "create", "send", "text", "write", "compose", "new", "make", "schedule", "log"}
    CREATE_WORDS = {"new", "start", "compose", "add", "create"}
    SUBMIT = ["save", "send", "connect", "call", "done", "create", "add", "pair", "ok", "confirm", "apply"]
    SYSTEM = {"back", "home", "navigate up", "hide keyboard", "enter"}
    DANGEROUS = {"delete", "clear", "forget", "remove", "reset", "end", "archive", "disconnect", "empty"}

    def reset(self, goal, step_budget):
        self.goal = goal
        self.goal_lower = goal.lower()
        self.budget = max(1, min(step_budget, 40) - 1)
        self.steps = 0
        self.tried = set()
        self.seen_text = ""
        self.numbers = [n.strip() for n in self.PHONE.findall(goal)]
        bare = self.PHONE.sub(" ", goal)
        self.goal_words = {stem(w) for w in words(bare)}
        for w in list(self.goal_words):
            self.goal_words.update(self.SYNONYMS.get(w, []))
        first = re.findall(r"[a-z]+", self.goal_lower)[:1]
        self.creating = bool(first) and first[0] in self.CREATE_VERBS
        quoted = re.findall(r'"([^"]+)"', goal)
        that = re.search(r"\b(?:that|saying)\s+(.+?)[.!?]?$", bare.strip())
        self.message = quoted[0] if quoted else (that.group(1).strip() if that else None)
        if self.message:
            self.message = self.message[0].upper() + self.message[1:]
        named = re.search(r"\bnamed\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)", goal)
        self.person = named.group(1) if named else None
        runs = re.findall(r"(?<!^)(?<![.!?]\s)\b([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)", goal)
        self.target = runs[-1] if runs else None
        self.switch_wanted = None
        if re.search(r"\b(turn|switch) on\b|\benable\b", self.goal_lower):
            self.switch_wanted = True
        elif re.search(r"\b(turn|switch) off\b|\bdisable\b", self.goal_lower):
            self.switch_wanted = False
        self.replies = []
        self.asked = set()
        self.submitted = False
        self.bottomed = False
        self.typed_on = None
        # Whether this screen was reached by following the goal's words (not exploring),
        # and how many screens deep exploration went.
        self.on_topic = True
        self.entering = False
        self.last_title = None
        self.explored = 0
        self.target_words = {stem(w) for w in words(self.target)} if self.target else set()

    def score(self, text, partial=True):
        """Goal words in `text`; with `partial` off, the words of the thing the goal names
        count only when all of them are there (`HomeNet-5G` is not `HarborView-5G`)."""
        found = {stem(w) for w in words(text)} & self.goal_words
        if not partial and self.target_words and not self.target_words <= found:
            found -= self.target_words
        return len(found)

    def value_for(self, field):
        """What to type into a field of this name, or None."""
        f = field.lower()
        reply_number = next((n for r in self.replies for n in self.PHONE.findall(r)), None)
        number = self.numbers[0] if self.numbers else reply_number
        person = self.person.split() if self.person else []
        if "password" in f:
            return self.reply_value()
        if "first" in f and person:
            return person[0]
        if "last" in f and len(person) > 1:
            return " ".join(person[1:])
        if "phone" in f or "number" in f:
            return number
        if f in ("to", "recipient", "recipients"):
            return number or self.person
        if "message" in f or f == "text" or "body" in f:
            return self.message
        if "name" in f and self.person:
            return self.person
        return None

    def reply_value(self):
        for reply in reversed(self.replies):
            found = re.search(r"\b(?:is|it's|it is)\s+(.+?)\.?$", reply, re.I)
            if found:
                return found.group(1).strip()
        return None

    def act(self, observation, last_error):
        self.steps += 1
        text = observation.get("text", "")
        title = observation.get("title", "")
        nodes = parse_tree(text, QUOTED_NODE)
        self.seen_text += "\n" + text.lower()
        if title != self.last_title:
            self.on_topic, self.last_title = self.entering, title
        self.entering = False

        def fresh(action):
            return (title, action) not in self.tried

        def take(action):
            self.tried.add((title, action))
            return action

        if self.steps > self.budget:
            return "stop [done]"
        names = [n["name"] for n in nodes]

        # The user's reply to a question: remember it, close the dialog.
        if "Reply from the user" in names:
            i = names.index("Reply from the user")
            if i + 1 < len(nodes):
                self.replies.append(nodes[i + 1]["name"])
            ok = next((n for n in nodes[i:] if n["role"] == "button"), None)
            if ok:
                return "click [%s]" % ok["id"]

        # After a confirming press, a screen without an error means done.
        if self.submitted and not last_error:
            return "stop [done]"
        self.submitted = False

        # A toast about the goal: the phone confirms.
        toast = self.toast(nodes)
        if toast and self.score(toast) > 0 and self.steps > 1:
            return "stop [done]"

        # A switch the goal turns on or off.
        if self.switch_wanted is not None:
            switches = [n for n in nodes if n["role"] in ("switch", "checkbox") and self.score(n["name"]) > 0]
            if switches:
                best = max(switches, key=lambda n: self.score(n["name"]))
                on = bool(re.search(r"(^|\s)checked\b", best["props"]))
                if on == self.switch_wanted:
                    return "stop [done]"
                return take("click [%s]" % best["id"])

        # A choice the goal names: in an open menu, or a picker to open.
        options = [n for n in nodes if n["role"] == "button" and len(n["name"]) > 2 and n["name"].lower() not in self.SYSTEM
                   and re.search(r"(?<=\W)%s(\W|$)" % re.escape(n["name"]), self.goal)]
        for node in nodes:
            if node["role"] == "combobox" and self.score(node["name"]) > 0:
                value = re.search(r"value='((?:[^'\\]|\\.)*)'", node["props"])
                if value and value.group(1).lower() in self.goal_lower and len(value.group(1)) > 1:
                    return "stop [done]"
                if fresh("click [%s]" % node["id"]) and not options:
                    return take("click [%s]" % node["id"])

        # Form fields: type what the goal (or the user) gives; ask for what is missing.
        fields = [n for n in nodes if n["role"] in ("textbox", "searchbox") and "search" not in n["name"].lower()]
        for node in fields:
            current = re.search(r"value='((?:[^'\\]|\\.)*)'", node["props"])
            want = self.value_for(node["name"])
            if want is None:
                f = node["name"].lower()
                needed = "password" in f or f in ("to", "phone", "phone number", "number")
                if needed and node["name"] not in self.asked:
                    self.asked.add(node["name"])
                    what = "phone number" if f in ("to", "phone", "number") else node["name"].lower()
                    return "ask_user [What is the %s I should use to: %s]" % (what, self.goal)
                continue
            if not current:
                action = "input_text [%s] [%s]" % (node["id"], want.replace("]", ")"))
                if fresh(action):
                    self.typed_on = title
                    return take(action)
        if self.typed_on == title:
            hide = next((n for n in nodes if n["name"] == "Hide keyboard"), None)
            if hide:
                return "click [%s]" % hide["id"]
            for word in self.SUBMIT:
                button = next((n for n in nodes if n["role"] == "button" and n["name"].lower() == word), None)
                if button and fresh("click [%s]" % button["id"]):
                    self.submitted = True
                    return take("click [%s]" % button["id"])

        # A choice named in the goal (a menu item, a network, a device, an app).
        for node in options:
            action = "click [%s]" % node["id"]
            if fresh(action):
                verb = node["name"].lower().split()[0]
                if verb in self.DANGEROUS or node["name"].lower() in self.SUBMIT:
                    self.submitted = True
                return take(action)

        # The app the goal is about, when another is in front.
        app = title.split("/")[0]
        for w in re.findall(r"[a-z]+", self.goal_lower):
            label = self.APPS.get(w)
            if label and label.lower() != app and not (label == "Phone" and app == "dialer"):
                if app in ("launcher", "") or not any(self.score(n["name"]) for n in nodes if n["role"] == "button"):
                    action = "open_app [%s]" % label
                    if fresh(action):
                        return take(action)
                break

        # The button sharing most words with the goal (its subtitle counts), not tried here.
        candidates = []
        for i, node in enumerate(nodes):
            name = node["name"]
            if node["role"] != "button" or not name or name.lower() in self.SYSTEM:
                continue
            verb = name.lower().split()[0]
            if verb in self.DANGEROUS and stem(verb) not in self.goal_words:
                continue
            below = " ".join(n["name"] for n in nodes[i + 1:i + 3] if n["depth"] > node["depth"])
            value = self.score(name, partial=False) * 2 + self.score(below, partial=False)
            if self.creating and set(words(name)) & self.CREATE_WORDS:
                value += 3
            if "search" in name.lower() and "search" not in self.goal_lower and "find" not in self.goal_lower:
                value -= 2
            action = "click [%s]" % node["id"]
            if value > 0 and fresh(action):
                candidates.append((value, -i, action))
        if candidates:
            self.entering = True
            return take(max(candidates)[2])

        # Look further down a list, then conclude.
        if any("scrollable" in n["props"] for n in nodes) and not self.bottomed:
            if last_error and "bottom" in last_error:
                self.bottomed = True
            else:
                return "scroll [down]"
        # On the screen the goal led to, all of it seen, and the thing it names nowhere.
        if self.on_topic and self.steps > 1 and self.target and self.target.lower() not in self.seen_text and not self.replies:
            return "answer [infeasible] [%s is not on this phone]" % self.target
        # Nothing matched here: try the screen's entries (list rows) one level down, then go back.
        for i, node in enumerate(nodes):
            has_subtitle = i + 1 < len(nodes) and nodes[i + 1]["depth"] > node["depth"]
            if self.explored == 0 and node["role"] == "button" and has_subtitle and node["name"].lower().split()[0] not in self.DANGEROUS:
                action = "click [%s]" % node["id"]
                if fresh(action):
                    self.explored += 1
                    return take(action)
        self.bottomed = False
        self.explored = max(0, self.explored - 1)
        return "navigate_back"

    @staticmethod
    def toast(nodes):
        """A top-level line after the screen's list: what a toast says."""
        after_list = False
        for node in nodes:
            if node["depth"] == 1 and node["role"] == "list":
                after_list = True
            elif node["depth"] == 1 and node["role"] == "button" and node["name"] in ("Back", "Home"):
                return None
            elif after_list and node["depth"] == 1 and node["role"] == "StaticText":
                return node["name"]
        return None


def main():
    agent = Agent()
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            send({"type": "ready", "agent": "heuristic-python", "version": "1.0"})
        elif kind == "episode":
            space = message.get("action_space")
            agent = TextGameAgent() if space == "text" else PhoneAgent() if space == "gui" else Agent()
            agent.reset(message["task"]["goal"], message.get("limits", {}).get("steps", 30))
            send({"type": "action", "action": agent.act(message["observation"], None)})
        elif kind == "observation":
            send({"type": "action", "action": agent.act(message["observation"], message.get("last_action_error"))})
        elif kind == "bye":
            break


if __name__ == "__main__":
    main()
