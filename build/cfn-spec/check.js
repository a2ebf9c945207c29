#!/usr/bin/env node
// Checks CloudFormation templates against the resource schemas in @aws-cdk/aws-service-spec
// (the AWS CloudFormation registry schemas, as the CDK consumes them): every resource type
// exists, every property name is known at every nesting level, required properties are
// present, literal values fit enums and primitive types, and Ref / Fn::GetAtt / Fn::Sub /
// Condition references resolve. Usage: node check.js TEMPLATE... ; exit 1 on any finding.
'use strict';
const fs = require('fs');
const YAML = require('yaml');
const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');

const db = loadAwsServiceSpecSync();
const specVersion = require('@aws-cdk/aws-service-spec/package.json').version;

// CloudFormation short forms → their long forms.
const fnNames = ['And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'GetAZs', 'If', 'ImportValue',
  'Join', 'Not', 'Or', 'Select', 'Split', 'Sub', 'Transform', 'ToJsonString', 'Length'];
const customTags = [];
for (const kind of ['scalar', 'seq', 'map']) {
  customTags.push({ tag: '!Ref', collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => ({ Ref: plain(v) }) });
  customTags.push({ tag: '!Condition', collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => ({ Condition: plain(v) }) });
  customTags.push({ tag: '!GetAtt', collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => {
      const p = plain(v);
      if (typeof p === 'string') { const i = p.indexOf('.'); return { 'Fn::GetAtt': [p.slice(0, i), p.slice(i + 1)] }; }
      return { 'Fn::GetAtt': p };
    } });
  for (const fn of fnNames) {
    customTags.push({ tag: `!${fn}`, collection: kind === 'scalar' ? undefined : kind,
      resolve: (v) => ({ [`Fn::${fn}`]: plain(v) }) });
  }
}
function plain(v) { return v && typeof v.toJSON === 'function' ? v.toJSON() : v; }

const pseudo = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition',
  'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);
const topLevel = new Set(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings',
  'Conditions', 'Transform', 'Resources', 'Outputs', 'Rules']);
const resourceKeys = new Set(['Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy',
  'UpdateReplacePolicy', 'Metadata', 'CreationPolicy', 'UpdatePolicy']);

function isIntrinsic(v) {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || keys[0] === 'Condition');
}

function lookupResource(type) {
  return db.lookup('resource', 'cloudFormationType', 'equals', type);
}

function checkTemplate(file) {
  const findings = [];
  const report = (where, msg) => findings.push(`${file}: ${where}: ${msg}`);
  let doc;
  try {
    doc = YAML.parse(fs.readFileSync(file, 'utf8'), { customTags, merge: false, uniqueKeys: true });
  } catch (e) {
    report('(parse)', e.message);
    return findings;
  }
  for (const key of Object.keys(doc)) if (!topLevel.has(key)) report(key, 'unknown top-level section');
  const params = doc.Parameters || {};
  const resources = doc.Resources || {};
  const conditions = doc.Conditions || {};
  if (!Object.keys(resources).length) report('Resources', 'no resources');

  const specs = {};
  for (const [name, res] of Object.entries(resources)) {
    const where = `Resources.${name}`;
    for (const k of Object.keys(res)) if (!resourceKeys.has(k)) report(where, `unknown resource attribute ${k}`);
    if (res.Condition && !(res.Condition in conditions)) report(where, `unknown condition ${res.Condition}`);
    const found = lookupResource(res.Type);
    if (found.length !== 1) { report(where, `unknown resource type ${res.Type}`); continue; }
    const spec = found[0];
    specs[name] = spec;
    const props = res.Properties || {};
    checkObject(props, spec.properties, `${where}.Properties`);
  }

  // Values: the spec type of each literal, recursing into nested property types.
  function checkObject(obj, propSpecs, where) {
    if (isIntrinsic(obj)) return checkIntrinsic(obj, where);
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return report(where, 'expected an object');
    for (const [key, value] of Object.entries(obj)) {
      const p = propSpecs[key];
      if (!p) { report(where, `unknown property ${key}`); continue; }
      checkValue(value, p.type, `${where}.${key}`);
    }
    for (const [key, p] of Object.entries(propSpecs)) {
      if (p.required && !(key in obj)) report(where, `required property ${key} is missing`);
    }
  }

  function checkValue(value, type, where) {
    if (isIntrinsic(value)) return checkIntrinsic(value, where, type);
    switch (type.type) {
      case 'string':
        if (typeof value === 'object' && value !== null) return report(where, 'expected a string');
        if (type.allowedValues && !type.allowedValues.includes(String(value)))
          report(where, `${value} is not one of ${type.allowedValues.join(', ')}`);
        return;
      case 'integer': case 'number':
        if (Number.isNaN(Number(value)) || typeof value === 'object') report(where, `expected a number, got ${value}`);
        return;
      case 'boolean':
        if (!['true', 'false'].includes(String(value))) report(where, `expected a boolean, got ${value}`);
        return;
      case 'json': case 'tag':
        return;
      case 'array':
        if (!Array.isArray(value)) return report(where, 'expected a list');
        value.forEach((v, i) => checkValue(v, type.element, `${where}[${i}]`));
        return;
      case 'map':
        if (typeof value !== 'object' || Array.isArray(value)) return report(where, 'expected a map');
        for (const [k, v] of Object.entries(value)) checkValue(v, type.element, `${where}.${k}`);
        return;
      case 'ref': {
        const def = db.get('typeDefinition', type.reference.$ref);
        return checkObject(value, def.properties, where);
      }
      case 'union': {
        // Accept when any member type produces no findings.
        const before = findings.length;
        for (const t of type.types) {
          const mark = findings.length;
          checkValue(value, t, where);
          if (findings.length === mark) { findings.length = before; return; }
          findings.length = mark;
        }
        return report(where, 'value matches none of the allowed types');
      }
      default:
        return;
    }
  }

  function checkRef(target, where) {
    if (!(target in params) && !(target in resources) && !pseudo.has(target)) report(where, `Ref to unknown ${target}`);
  }

  function checkGetAtt(resource, attribute, where) {
    if (!(resource in resources)) return report(where, `GetAtt of unknown resource ${resource}`);
    const spec = specs[resource];
    if (spec && typeof attribute === 'string' && !(attribute in spec.attributes))
      report(where, `${resources[resource].Type} has no attribute ${attribute}`);
  }

  function checkIntrinsic(value, where, type) {
    const [fn, arg] = Object.entries(value)[0];
    if (fn === 'Ref') return checkRef(arg, where);
    if (fn === 'Condition') { if (!(arg in conditions)) report(where, `unknown condition ${arg}`); return; }
    if (fn === 'Fn::GetAtt') return checkGetAtt(arg[0], arg[1], where);
    if (fn === 'Fn::If') {
      if (!(arg[0] in conditions)) report(where, `unknown condition ${arg[0]}`);
      for (const branch of [arg[1], arg[2]]) {
        if (branch && branch.Ref === 'AWS::NoValue') continue;
        if (type) checkValue(branch, type, where); else walk(branch, where);
      }
      return;
    }
    if (fn === 'Fn::Sub') {
      const [text, vars] = Array.isArray(arg) ? arg : [arg, {}];
      if (typeof text === 'string') {
        for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = m[1].trim();
          if (vars && name in vars) continue;
          if (name.includes('.')) { const i = name.indexOf('.'); checkGetAtt(name.slice(0, i), name.slice(i + 1), where); }
          else checkRef(name, where);
        }
      }
      if (vars) walk(vars, where);
      return;
    }
    walk(arg, where);
  }

  // Intrinsics anywhere else (outputs, conditions, arguments).
  function walk(node, where) {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    if (isIntrinsic(node)) return checkIntrinsic(node, where);
    for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
  }

  for (const [name, c] of Object.entries(conditions)) walk(c, `Conditions.${name}`);
  for (const [name, o] of Object.entries(doc.Outputs || {})) {
    if (!('Value' in o)) report(`Outputs.${name}`, 'no Value');
    if (o.Condition && !(o.Condition in conditions)) report(`Outputs.${name}`, `unknown condition ${o.Condition}`);
    walk(o, `Outputs.${name}`);
  }
  for (const [name, res] of Object.entries(resources)) {
    for (const dep of [].concat(res.DependsOn || [])) if (!(dep in resources)) report(`Resources.${name}`, `DependsOn unknown ${dep}`);
  }
  return findings;
}

const files = process.argv.slice(2);
if (!files.length) { console.error('usage: check.js TEMPLATE...'); process.exit(2); }
let total = 0;
for (const file of files) {
  const findings = checkTemplate(file);
  total += findings.length;
  for (const f of findings) console.log(f);
  console.log(`spec-check ${findings.length ? 'FAIL' : 'ok  '} ${file} (${findings.length} finding${findings.length === 1 ? '' : 's'})`);
}
console.log(`spec-check: ${files.length} template(s), ${total} finding(s), @aws-cdk/aws-service-spec ${specVersion}, ${db.all('resource').length} resource types`);
process.exit(total ? 1 : 0);
