"""Checks the AWS templates IT deploys (deploy/aws): cfn-lint on the CloudFormation template,
parliament on every policy, and that the policies agree everywhere they are written down: the
template, evaluated for the example instances, grants exactly the standalone JSON files, and
every JSON policy block in docs/aws-setup.md equals its file; and every link to a section of the
guide (the error hints in each language, the README) names a section it has.

Run by scripts/aws-lint.sh inside .venv-lint (cfn-lint and parliament from PyPI)."""

import json
import re
import subprocess
import sys
from pathlib import Path

from cfnlint.decode import cfn_yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy" / "aws"
TEMPLATE = DEPLOY / "connect-sso-access.yaml"
GUIDE = ROOT / "docs" / "aws-setup.md"
BIN = Path(sys.executable).parent
# The findings parliament's community auditors make of connect:GetFederationToken alone:
# returning a Connect sign-in token is the action's purpose ("credentials exposure"), and the
# reference files it under "permissions management". Anything else fails.
EXPECTED = {"CREDENTIALS_EXPOSURE", "PERMISSIONS_MANAGEMENT_ACTIONS"}

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL  {message}")


def ok(message):
    print(f"ok    {message}")


def evaluate(node, params):
    """The few intrinsic functions the template uses, for given parameters."""
    if isinstance(node, dict):
        if len(node) == 1:
            (key, value), = node.items()
            if key == "Ref":
                return params[value]
            if key == "Fn::Join":
                sep, items = value
                return sep.join(evaluate(items, params))
            if key == "Fn::Split":
                sep, text = value
                return evaluate(text, params).split(sep)
            if key == "Fn::Sub":
                text, variables = value
                values = {k: evaluate(v, params) for k, v in variables.items()}
                text = re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], text)
                return text.replace("${!", "${")
        return {k: evaluate(v, params) for k, v in node.items()}
    if isinstance(node, list):
        return [evaluate(v, params) for v in node]
    return node


def normalised(policy):
    """Single values as one-element lists, so `"Action": "x"` equals `"Action": ["x"]`."""
    statements = []
    for statement in policy["Statement"]:
        statements.append({
            k: (sorted(v) if isinstance(v, list) else [v]) if k in ("Action", "Resource") else v
            for k, v in statement.items()
        })
    return {"Version": policy["Version"], "Statement": statements}


def arns(policy):
    """The instance ARNs a policy's DescribeInstance statement names."""
    for statement in policy["Statement"]:
        if statement["Action"] == "connect:DescribeInstance":
            resource = statement["Resource"]
            return resource if isinstance(resource, list) else [resource]
    raise ValueError("no connect:DescribeInstance statement")


def lint_template():
    run = subprocess.run([str(BIN / "cfn-lint"), str(TEMPLATE)], capture_output=True, text=True)
    if run.returncode == 0:
        ok(f"cfn-lint: {TEMPLATE.relative_to(ROOT)} clean")
    else:
        fail(f"cfn-lint: {TEMPLATE.relative_to(ROOT)}\n{run.stdout}{run.stderr}")


def lint_policy(path):
    text = path.read_text()
    run = subprocess.run(
        [str(BIN / "parliament"), "--string", text, "--json", "--minimum_severity", "LOW",
         "--include-community-auditors"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL)
    findings = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    unexpected = [
        f for f in findings
        if not (f["issue"] in EXPECTED
                and f["location"].get("actions") == ["connect:getfederationtoken"])
    ]
    if run.returncode not in (0, 1) or unexpected:
        fail(f"parliament: {path.name}: {unexpected or run.stderr}")
    else:
        ok(f"parliament: {path.name} clean ({len(findings)} expected findings of GetFederationToken)")


def template_grants():
    template = cfn_yaml.load(str(TEMPLATE))
    resources = template["Resources"]
    documents = {
        "AgentPolicy": resources["AgentPolicy"]["Properties"]["PolicyDocument"],
        "AgentPermissionSet": resources["AgentPermissionSet"]["Properties"]["InlinePolicy"],
    }
    for name in ("agent-policy.json", "supervisor-policy.json"):
        expected = json.loads((DEPLOY / name).read_text())
        params = {"InstanceArns": arns(expected)}
        for resource, document in documents.items():
            granted = evaluate(json.loads(json.dumps(document)), params)
            if normalised(granted) == normalised(expected):
                ok(f"template {resource}, for the instances of {name}, grants exactly {name}")
            else:
                fail(f"template {resource} for {name}:\n{json.dumps(granted, indent=2)}")


def guide_blocks():
    guide = GUIDE.read_text()
    # A policy block is introduced by a line naming its file: <!-- deploy/aws/NAME.json -->
    blocks = re.findall(r"<!-- (deploy/aws/[\w.-]+\.json) -->\s*```json\n(.*?)```", guide, re.S)
    named = {path for path, _ in blocks}
    for path in sorted(p.relative_to(ROOT).as_posix() for p in DEPLOY.glob("*.json")):
        if path not in named:
            fail(f"{GUIDE.name} does not show {path}")
    for path, block in blocks:
        if json.loads(block) == json.loads((ROOT / path).read_text()):
            ok(f"{GUIDE.name}: the block of {path} equals the file")
        else:
            fail(f"{GUIDE.name}: the block of {path} differs from the file")


def slug(heading):
    """A heading's anchor as GitHub renders it."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def guide_links():
    anchors = {slug(h) for h in re.findall(r"^#+ (.+)$", GUIDE.read_text(), re.M)}
    sources = list((ROOT / "locales").glob("*/*.ftl")) + [ROOT / "README.md", GUIDE]
    for source in sources:
        for anchor in re.findall(r"aws-setup\.md#([\w-]+)", source.read_text()):
            if anchor not in anchors:
                fail(f"{source.relative_to(ROOT)} links to a section the guide does not have: #{anchor}")
    for anchor in re.findall(r"\]\(#([\w-]+)\)", GUIDE.read_text()):
        if anchor not in anchors:
            fail(f"{GUIDE.name} links to a section it does not have: #{anchor}")
    ok(f"links to sections of {GUIDE.name} (hints in every language, README, the guide) resolve")


lint_template()
for policy in sorted(DEPLOY.glob("*.json")):
    lint_policy(policy)
template_grants()
guide_blocks()
guide_links()
if failures:
    print(f"aws-lint: {len(failures)} failed")
    sys.exit(1)
print("aws-lint: all checks passed")
