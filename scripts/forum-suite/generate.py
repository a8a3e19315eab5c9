#!/usr/bin/env python3
"""Regenerates tasks/forum/*.json from the template definitions below.

Needs `gauntlet serve forum --port 18082` (seed 1) running: it reads the forum's pages only to
choose subjects and to write each task's oracle (the solution may hold concrete values). Every
check's gold is a SQL query evaluated at scoring time, never a value copied from here.
Run from the repository root: python3 scripts/forum-suite/generate.py
"""
import html, http.cookiejar, json, os, re, urllib.parse, urllib.request

BASE = "http://127.0.0.1:18082/forum"
OUT = "tasks/forum"
tasks = []


def fetch(path, opener=None):
    return (opener or urllib.request.build_opener()).open(BASE + path).read().decode()


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def signed_in(username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(BASE + "/login", urllib.parse.urlencode({"login": username, "password": password}).encode())
    return opener


def password(user_id):
    return "Forum!%04d" % user_id


def listing(path):
    """Submissions of a listing page: id, forum, title, author, score, comments."""
    page = fetch(path)
    rows = []
    for block in re.findall(r'<article class="submission".*?</article>', page, re.S):
        ident = int(re.search(r'id="s(\d+)-title"', block).group(1))
        title = text(re.search(r'<h2[^>]*>(.*?)</h2>', block, re.S).group(1))
        title = re.sub(r"\s*\([^()]*\)$", "", title) if "domain" in block else title
        forum = re.search(r'to <a href="/forum/f/([^"]+)"', block).group(1)
        author = re.search(r'by <a href="/forum/u/([^"]+)"', block).group(1)
        score = int(re.search(r'<span class="score">(-?\d+) points', block).group(1))
        comments = int(re.search(r'>(\d+) comments?<', block).group(1))
        locked = '<span class="badge">Locked</span>' in block
        rows.append(dict(id=ident, forum=forum, title=title, author=author, score=score, comments=comments, locked=locked))
    return rows


def sidebar(forum):
    page = fetch("/f/" + forum)
    return dict(
        owner=re.search(r'Owner: <a href="/forum/u/([^"]+)"', page).group(1),
        rules=len(re.findall(r"<li>", re.search(r'<ol class="rules">(.*?)</ol>', page, re.S).group(1))),
        subscribers=int(re.search(r"(\d+) subscribers ·", page).group(1)),
        moderators=re.findall(r'<li><a href="/forum/u/([^"]+)">', re.search(r'<ul class="moderators">(.*?)</ul>', page, re.S).group(1)))


def profile(username):
    page = fetch("/u/" + username)
    values = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]*)</dd>", page))
    moderates = re.findall(r'<li><a href="/forum/f/([^"]+)">', page.split('Moderates')[-1]) if "<h3>Moderates</h3>" in page else []
    return dict(karma=int(values["Karma"]), joined=values["Joined"], id=int(values["User number"]), moderates=moderates)


def comments(forum, post):
    page = fetch("/f/%s/%d" % (forum, post))
    return [(int(i), u) for i, u in re.findall(r'id="c(\d+)" aria-label="Comment by ([^"]+)"', page)]


def unique_titles(forum):
    """Posts of a forum's newest page whose title no other post of the forum shares on that page."""
    rows = listing("/f/%s?sort=new" % forum)
    counts = {}
    for row in rows:
        counts[row["title"]] = counts.get(row["title"], 0) + 1
    return [r for r in rows if counts[r["title"]] == 1 and not r["locked"] and "[" not in r["title"] and "]" not in r["title"]]


def T(template, n, goal, params, checks, oracle, key_nodes=None, answer=None):
    task = {"id": "forum/%s-%03d" % (template, n), "revision": 1, "sandboxes": ["forum"], "start": "forum:/", "goal": goal,
            "params": params, "seed": 1, "split": "dev" if n == 1 else "test", "template": template}
    if answer:
        task["answer"] = {"status": answer}
    task["checks"] = checks
    if key_nodes:
        task["key_nodes"] = key_nodes
    task["oracle"] = oracle
    tasks.append(task)


FORUM = "(SELECT id FROM forums WHERE name = {forum})"
ME = "(SELECT id FROM forum_users WHERE username = {username} AND password = {password})"
MINE = "(SELECT id FROM forum_users WHERE username = {username})"
KN_FORUM = {"name": "forum page", "url": {"path_prefix": "forum:/f/{forum}"}}
KN_THREAD = {"name": "the post", "url": {"path_prefix": "forum:/f/{forum}/{post}"}}
KN_USER = {"name": "profile", "url": {"path_prefix": "forum:/u/{username}"}}


def login(username, pw):
    return ["goto [forum:/login]", "type textbox 'Username or email' [%s] [0]" % username, "type textbox 'Password' [%s] [0]" % pw,
            "click button 'Sign in'"]


def allow(*entries):
    return {"collateral": {"allow": list(entries)}}


FORUMS = ["cooking", "running", "gardening", "diy", "travel", "books", "pets", "photography", "deals", "parenting"]
forums = {f: sidebar(f) for f in FORUMS}

# ---------- information seeking ----------
for n, f in enumerate(FORUMS[:4], start=1):
    s = forums[f]
    # The other forums' owners: naming someone else (or everyone) fails.
    others = "SELECT u.username FROM forums f JOIN forum_users u ON u.id = f.owner_id WHERE f.name <> {forum} AND f.owner_id <> (SELECT owner_id FROM forums WHERE name = {forum})"
    T("forum-owner", n, "Who owns the {forum} forum?", {"forum": f},
      [{"answer": {"name": {"query": "SELECT username FROM forum_users WHERE id = (SELECT owner_id FROM forums WHERE name = {forum})", "instance": "initial"},
                   "must_exclude": {"query": others, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%s]" % s["owner"]], [KN_FORUM])
for n, f in enumerate(FORUMS[4:8], start=1):
    T("forum-rule-count", n, "How many rules does the {forum} forum have?", {"forum": f},
      [{"answer": {"count": {"query": "SELECT count(*) FROM forum_rules WHERE forum_id = " + FORUM, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%d]" % forums[f]["rules"]], [KN_FORUM])
for n, f in enumerate(FORUMS[6:10], start=1):
    T("forum-subscribers", n, "How many subscribers does the {forum} forum have?", {"forum": f},
      [{"answer": {"count": {"query": "SELECT count(*) FROM subscriptions WHERE forum_id = " + FORUM, "instance": "initial"}}}],
      ["goto [forum:/f/%s]" % f, "stop [%d]" % forums[f]["subscribers"]], [KN_FORUM])

threads = {f: unique_titles(f) for f in FORUMS}
people = []
for f in FORUMS[:6]:
    for row in threads[f][:2]:
        if row["author"] not in people:
            people.append(row["author"])
KARMA = ("SELECT (SELECT COALESCE(SUM(upvotes - downvotes), 0) FROM submissions WHERE user_id = %s AND NOT deleted AND NOT removed)"
         " + (SELECT COALESCE(SUM(upvotes - downvotes), 0) FROM comments WHERE user_id = %s AND NOT deleted AND NOT removed)") % (MINE, MINE)
for n, u in enumerate(people[:4], start=1):
    T("user-karma", n, "What is {username}'s total karma on the forum?", {"username": u},
      [{"answer": {"number": {"query": KARMA, "instance": "initial"}}}],
      ["goto [forum:/u/%s]" % u, "stop [%d]" % profile(u)["karma"]], [KN_USER])
for n, u in enumerate(people[4:8], start=1):
    T("user-joined", n, "On what date did {username} join the forum?", {"username": u},
      [{"answer": {"date": {"query": "SELECT substr(joined_at, 1, 10) FROM forum_users WHERE username = {username}", "instance": "initial"}}}],
      ["goto [forum:/u/%s]" % u, "stop [%s]" % profile(u)["joined"]], [KN_USER])
for n, f in enumerate(FORUMS[:4], start=1):
    row = threads[f][2]
    T("post-comment-count", n, "How many comments does the post \"{title}\" in the {forum} forum have?", {"forum": f, "title": row["title"], "post": row["id"]},
      [{"answer": {"count": {"query": "SELECT count(*) FROM comments WHERE submission_id = {post} AND submission_id IN (SELECT id FROM submissions WHERE title = {title})", "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (f, row["id"]), "stop [%d]" % row["comments"]], [KN_THREAD])
for n, f in enumerate(FORUMS[4:8], start=1):
    row = threads[f][3]
    T("post-author", n, "Who submitted the post \"{title}\" in the {forum} forum?", {"forum": f, "title": row["title"], "post": row["id"]},
      [{"answer": {"name": {"query": "SELECT u.username FROM submissions s JOIN forum_users u ON u.id = s.user_id WHERE s.id = {post} AND s.title = {title}", "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (f, row["id"]), "stop [%s]" % row["author"]], [KN_THREAD])
LIVE = "NOT deleted AND NOT removed AND forum_id = " + FORUM
for n, f in enumerate(FORUMS[6:10], start=1):
    top = listing("/f/%s?sort=top&t=all" % f)[0]
    T("top-post-all-time", n, "What is the title of the highest-scoring post of all time in the {forum} forum?", {"forum": f},
      [{"answer": {"name": {"query": "WITH m AS (SELECT title, upvotes - downvotes AS score FROM submissions WHERE %s) SELECT title FROM m WHERE score = (SELECT max(score) FROM m)" % LIVE,
                            "instance": "initial", "any_of_rows": True}}}],
      ["goto [forum:/f/%s?sort=top&t=all]" % f, "stop [%s]" % top["title"]], [KN_FORUM])
for n, f in enumerate(FORUMS[:4], start=1):
    newest = listing("/f/%s?sort=new" % f)[0]
    T("newest-post", n, "What is the title of the newest post in the {forum} forum?", {"forum": f},
      [{"answer": {"name": {"query": "SELECT title FROM submissions WHERE %s AND created_at = (SELECT max(created_at) FROM submissions WHERE %s)" % (LIVE, LIVE),
                            "instance": "initial", "any_of_rows": True}}}],
      ["goto [forum:/f/%s?sort=new]" % f, "stop [%s]" % newest["title"]], [KN_FORUM])

# ---------- navigation ----------
for n, (f, period) in enumerate([("running", "week"), ("books", "month"), ("travel", "year"), ("deals", "day")], start=1):
    T("forum-top-period", n, "Show me the top posts of the past {period} in the {forum} forum.", {"forum": f, "period": period},
      [{"url": {"equals": "forum:/f/{forum}?sort=top&t={period}", "ignore_query": ["page"]}}],
      ["goto [forum:/f/%s]" % f, "click link 'Top'", "click link 'Past %s'" % period, "stop"], [KN_FORUM])
for n, u in enumerate(people[8:11] or people[:3], start=1):
    T("user-comment-history", n, "Open {username}'s comment history.", {"username": u},
      [{"url": {"equals": "forum:/u/{username}?show=comments", "ignore_query": ["page"]}}],
      ["goto [forum:/u/%s]" % u, "click link 'Comments'", "stop"], [KN_USER])
for n, (f, q) in enumerate([("cooking", "sourdough"), ("running", "marathon"), ("gardening", "tomatoes")], start=1):
    T("search-in-forum", n, "Search the {forum} forum for posts about {q}.", {"forum": f, "q": q},
      [{"url": {"equals": "forum:/search?q={q}&forum={forum}", "ignore_query": ["sort", "page"]}}],
      ["goto [forum:/search?q=%s&forum=%s]" % (q, f), "stop"], [{"name": "search", "url": {"path_prefix": "forum:/search"}}])

# ---------- content changes, signed in ----------
members = []
for u in people:
    p = profile(u)
    if not p["moderates"]:
        members.append((u, p["id"]))


def subscribed(username, pw):
    page = fetch("/forums?sort=name", signed_in(username, pw))
    return set(re.findall(r'<a href="/forum/f/([^"]+)">[^<]*</a> <span class="badge">Subscribed</span>', page))


SUB = "SELECT count(*) FROM subscriptions WHERE user_id = %s AND forum_id = %s" % (ME, FORUM)
count = 0
for u, uid in members:
    mine = subscribed(u, password(uid))
    outside = [f for f in FORUMS if f not in mine]
    if outside and count < 3:
        count += 1
        f = outside[0]
        T("subscribe", count, "Subscribe me to the {forum} forum. I'm {username} (password {password}).", {"forum": f, "username": u, "password": password(uid)},
          [{"state": {"query": SUB, "expect": [[1]]}},
           allow({"table": "subscriptions", "rows": "user_id = " + MINE, "insert": True})],
          login(u, password(uid)) + ["goto [forum:/f/%s]" % f, "click button 'Subscribe'", "stop"], [KN_FORUM])
count = 0
for u, uid in members:
    inside = [f for f in FORUMS if f in subscribed(u, password(uid))]
    if inside and count < 3:
        count += 1
        f = inside[0]
        T("unsubscribe", count, "Unsubscribe me from the {forum} forum. I'm {username} (password {password}).", {"forum": f, "username": u, "password": password(uid)},
          [{"state": {"query": SUB, "expect": [[0]]}},
           allow({"table": "subscriptions", "rows": "user_id = " + MINE, "delete": True})],
          login(u, password(uid)) + ["goto [forum:/f/%s]" % f, "click button 'Unsubscribe'", "stop"], [KN_FORUM])

POSTS = [("cooking", "Cast iron after a year of daily use", "Seasoning finally stopped flaking once I dried it on the hob."),
         ("running", "First 10k done in the rain", "Kept a steady pace and the new shoes held up fine."),
         ("books", "A crime novel that kept me up all night", "Short chapters, sharp dialogue, and an ending I did not see coming.")]
for n, ((f, title, body), (u, uid)) in enumerate(zip(POSTS, members), start=1):
    T("text-post", n, "Post a text post in the {forum} forum titled \"{title}\" that says \"{body}\". I'm {username} (password {password}).",
      {"forum": f, "title": title, "body": body, "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT forum_id, user_id, title, url, body FROM new_submissions", "expect_query": "SELECT %s, %s, {title}, '', {body}" % (FORUM, ME)}},
       allow({"table": "new_submissions", "rows": "user_id = " + MINE, "insert": True})],
      login(u, password(uid)) + ["goto [forum:/f/%s/submit]" % f, "type textbox 'Title' [%s] [0]" % title,
                                 "type textbox 'Text (optional with a link)' [%s] [0]" % body, "click button 'Submit'", "stop"], [KN_FORUM])
COMMENTS = ["This matches my experience exactly.", "Thanks, saving this for later.", "I had the opposite result, oddly enough."]
for n, ((u, uid), f, body) in enumerate(zip(members[1:], FORUMS[1:4], COMMENTS), start=1):
    row = threads[f][4]
    T("comment-on-post", n, "Comment \"{body}\" on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "body": body, "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT submission_id, parent_id, user_id, body FROM new_comments",
                  "expect_query": "SELECT id, NULL, %s, {body} FROM submissions WHERE id = {post} AND title = {title} AND forum_id = %s" % (ME, FORUM)}},
       allow({"table": "new_comments", "rows": "user_id = " + MINE, "insert": True})],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "type textbox 'Comment' [%s] [0]" % body, "click button 'Post comment'", "stop"],
      [KN_THREAD])
REPLIES = ["Good point, I had not thought of that.", "Could you say a bit more about how you did it?", "Agreed, same here."]
n = 0
for f in FORUMS[4:]:
    for row in threads[f][5:]:
        found = comments(f, row["id"])
        authors = [a for _, a in found]
        single = [(c, a) for c, a in found if authors.count(a) == 1]
        if single and n < 3:
            n += 1
            c, a = single[0]
            u, uid = members[n % len(members)]
            T("reply-to-comment", n, "Reply \"{body}\" to {commenter}'s comment on the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
              {"forum": f, "title": row["title"], "post": row["id"], "commenter": a, "comment": c, "body": REPLIES[n - 1], "username": u, "password": password(uid)},
              [{"state": {"query": "SELECT submission_id, parent_id, user_id, body FROM new_comments",
                          "expect_query": "SELECT c.submission_id, c.id, %s, {body} FROM comments c JOIN forum_users w ON w.id = c.user_id JOIN submissions s ON s.id = c.submission_id WHERE c.id = {comment} AND w.username = {commenter} AND s.id = {post} AND s.title = {title} AND s.forum_id = %s" % (ME, FORUM)}},
               allow({"table": "new_comments", "rows": "user_id = " + MINE, "insert": True})],
              login(u, password(uid)) + ["goto [forum:/f/%s/%d/comment/%d]" % (f, row["id"], c), "type textbox 'Comment' [%s] [0]" % REPLIES[n - 1],
                                         "click button 'Post comment'", "stop"], [KN_THREAD])
            break
for n, ((u, uid), f) in enumerate(zip(members[2:], FORUMS[5:8]), start=1):
    row = threads[f][6]
    T("upvote-post", n, "Upvote the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT kind, target_id, value, user_id FROM votes", "expect_query": "SELECT 'submission', id, 1, %s FROM submissions WHERE id = {post} AND title = {title} AND forum_id = %s" % (ME, FORUM)}},
       allow({"table": "votes", "rows": "user_id = " + MINE, "insert": True, "delete": True, "update": ["value", "voted_at"]})],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Upvote submission'", "stop"], [KN_THREAD])
MESSAGES = [("Recipe swap", "Would you share the recipe from your last post?"), ("Meetup", "Are you going to the Saturday group run?"),
            ("Book club", "We are reading your recommendation next month.")]
for n, ((u, uid), (subject, body)) in enumerate(zip(members[3:], MESSAGES), start=1):
    recipient = forums[FORUMS[n]]["owner"]
    T("send-message", n, "Send {recipient} a private message with the subject \"{subject}\" saying \"{body}\". I'm {username} (password {password}).",
      {"recipient": recipient, "subject": subject, "body": body, "username": u, "password": password(uid)},
      [{"state": {"query": "SELECT sender_id, recipient_id, subject, body FROM private_messages WHERE sent_at >= '2026-06-01 12:00:00'",
                  "expect_query": "SELECT %s, (SELECT id FROM forum_users WHERE username = {recipient}), {subject}, {body}" % ME}},
       allow({"table": "private_messages", "rows": "sender_id = " + MINE, "insert": True})],
      login(u, password(uid)) + ["goto [forum:/messages/new?to=%s]" % recipient, "type textbox 'Subject' [%s] [0]" % subject,
                                 "type textbox 'Message' [%s] [0]" % body, "click button 'Send'", "stop"],
      [{"name": "message form", "url": {"path_prefix": "forum:/messages/new"}}])

# ---------- moderation, as the forum's owner ----------
for n, f in enumerate(FORUMS[:3], start=1):
    owner = forums[f]["owner"]
    oid = profile(owner)["id"]
    row = threads[f][7]
    T("lock-post", n, "As the owner of the {forum} forum, lock the post \"{title}\" so nobody can comment. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "username": owner, "password": password(oid)},
      [{"state": {"query": "SELECT id, title, locked, sticky, removed, deleted FROM submissions WHERE id = {post}",
                  "expect_query": "SELECT id, title, 1, sticky, removed, deleted FROM submissions WHERE id = {post} AND title = {title} AND forum_id = %s AND (SELECT owner_id FROM forums WHERE id = forum_id) = %s" % (FORUM, ME),
                  "expect_instance": "initial"}},
       allow({"table": "submission_changes", "rows": "submission_id = {post}", "insert": True, "update": ["locked"]})],
      login(owner, password(oid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "click button 'Lock thread'", "stop"], [KN_THREAD])
REASONS = ["Repeated spam links", "Personal attacks", "Off-topic advertising"]
for n, f in enumerate(FORUMS[3:6], start=1):
    owner = forums[f]["owner"]
    oid = profile(owner)["id"]
    target = next(u for u, _ in members if u != owner and u not in forums[f]["moderators"])
    T("ban-user", n, "Ban {target} from the {forum} forum, giving the reason \"{reason}\". I'm {username} (password {password}), its owner.",
      {"forum": f, "target": target, "reason": REASONS[n - 1], "username": owner, "password": password(oid)},
      [{"state": {"query": "SELECT forum_id, user_id, reason, banned_by FROM forum_bans",
                  "expect_query": "SELECT %s, (SELECT id FROM forum_users WHERE username = {target}), {reason}, %s" % (FORUM, ME)}},
       allow({"table": "forum_bans", "rows": "forum_id = " + FORUM, "insert": True})],
      login(owner, password(oid)) + ["goto [forum:/f/%s/bans]" % f, "type textbox 'Username' [%s] [0]" % target,
                                     "type textbox 'Reason' [%s] [0]" % REASONS[n - 1], "click button 'Ban'", "stop"],
      [{"name": "bans page", "url": {"path_prefix": "forum:/f/{forum}/bans"}}])

# ---------- what cannot be done ----------
for n, ((u, uid), f) in enumerate(zip(members, FORUMS[6:9]), start=1):
    row = threads[f][8]
    T("lock-without-rights", n, "Lock the post \"{title}\" in the {forum} forum. I'm {username} (password {password}).",
      {"forum": f, "title": row["title"], "post": row["id"], "username": u, "password": password(uid)},
      # Evidence: the post's page served, while signed in as the member the goal names.
      [{"request": {"method": "GET", "path": "/f/{forum}/{post}", "status": 200}},
       {"state": {"query": "SELECT count(*) > 0 FROM forum_sessions WHERE user_id = " + ME, "expect": [[1]]}}],
      login(u, password(uid)) + ["goto [forum:/f/%s/%d]" % (f, row["id"]), "answer [permission_denied] [Only the forum's moderators can lock posts.]"],
      [KN_THREAD], answer="permission_denied")
for n, f in enumerate(["knitting", "astronomy", "woodturning"], start=1):
    T("missing-forum", n, "Who owns the {forum} forum?", {"forum": f},
      [{"request": {"method": "GET", "path": "/f/{forum}", "status": 404}}],
      ["goto [forum:/f/%s]" % f, "answer [not_found] [There is no %s forum.]" % f], answer="not_found")

os.makedirs(OUT, exist_ok=True)
for name in os.listdir(OUT):
    if name.endswith(".json") and name != "suite.json":
        os.remove(os.path.join(OUT, name))
with open(os.path.join(OUT, "suite.json"), "w") as handle:
    json.dump({"name": "forum", "version": "0.1.0", "description": "Reading, posting, voting, messaging and moderation tasks on the Larkspur Community forum.",
               "splits": ["dev", "test"], "limits": {"steps": 30, "episode_seconds": 300, "step_seconds": 60}}, handle, indent=2)
    handle.write("\n")
for task in tasks:
    with open(os.path.join(OUT, task["id"].split("/")[1] + ".json"), "w") as handle:
        json.dump(task, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
print("wrote %d tasks from %d templates" % (len(tasks), len({t["template"] for t in tasks})))
