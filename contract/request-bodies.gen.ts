// Generated from src/api/openapi.yaml by scripts/gen-api.mjs (contract/generate.ts): the JSON body of each operation, and what each operation accepts as a body.
// Do not edit: run `npm run gen:api`.
// @ts-nocheck
import { formats, ucs2length } from './ajv-runtime';
"use strict";
export const login_body = validate20;
const schema31 = {"$ref":"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema"};
const schema33 = {"type":"object","required":["username","password"],"properties":{"username":{"type":"string","minLength":1,"maxLength":64},"password":{"type":"string","minLength":1,"maxLength":128}}};
const func1 = ucs2length;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.password === undefined){
const err1 = {instancePath,schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.username !== undefined){
let data0 = data.username;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err2 = {instancePath:instancePath+"/username",schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/properties/username/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/username",schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/properties/username/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/username",schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.password !== undefined){
let data1 = data.password;
if(typeof data1 === "string"){
if(func1(data1) > 128){
const err5 = {instancePath:instancePath+"/password",schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/properties/password/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/password",schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/password",schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"openapi#/paths/~1auth~1login/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"username":true,"password":true},"dynamicProps":false,"dynamicItems":false};

export const logout_body = validate22;
const schema34 = {"$ref":"openapi#/paths/~1auth~1logout/post/requestBody/content/application~1json/schema"};
const schema35 = {"type":"object","additionalProperties":false,"properties":{"everywhere":{"type":"boolean","default":false}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "everywhere")){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1auth~1logout/post/requestBody/content/application~1json/schema/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.everywhere !== undefined){
if(typeof data.everywhere !== "boolean"){
const err1 = {instancePath:instancePath+"/everywhere",schemaPath:"openapi#/paths/~1auth~1logout/post/requestBody/content/application~1json/schema/properties/everywhere/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"openapi#/paths/~1auth~1logout/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const setDemoState_body = validate23;
const schema36 = {"$ref":"openapi#/paths/~1demo~1state/put/requestBody/content/application~1json/schema"};
const schema37 = {"type":"object","properties":{"today":{"$ref":"#/components/schemas/IsoDate"},"scenario":{"$ref":"#/components/schemas/Scenario"}}};
const schema38 = {"type":"string","format":"date","pattern":"^\\d{4}-\\d{2}-\\d{2}$"};
const schema39 = {"type":"string","enum":["normal","slow","flaky","offline","expired-session"]};
const formats0 = formats.date;
const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.today !== undefined){
let data0 = data.today;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err0 = {instancePath:instancePath+"/today",schemaPath:"#/components/schemas/IsoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/today",schemaPath:"#/components/schemas/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/today",schemaPath:"#/components/schemas/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.scenario !== undefined){
let data1 = data.scenario;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/scenario",schemaPath:"#/components/schemas/Scenario/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((data1 === "normal") || (data1 === "slow")) || (data1 === "flaky")) || (data1 === "offline")) || (data1 === "expired-session"))){
const err4 = {instancePath:instancePath+"/scenario",schemaPath:"#/components/schemas/Scenario/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"today":true,"scenario":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"today":true,"scenario":true},"dynamicProps":false,"dynamicItems":false};

export const sendBulkReminders_body = validate26;
const schema40 = {"$ref":"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema"};
const schema41 = {"type":"object","required":["channel"],"description":"Either `ids` or `filter`.","properties":{"channel":{"type":"string","enum":["sms","portal"]},"ids":{"type":"array","maxItems":500,"items":{"type":"string","pattern":"^TK\\d{7}$"}},"filter":{"type":"object","description":"The list's filters (same names as the query of GET /accounts).","additionalProperties":{"type":"string"}}}};
const pattern5 = new RegExp("^TK\\d{7}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/channel",schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "sms") || (data0 === "portal"))){
const err2 = {instancePath:instancePath+"/channel",schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/channel/enum",keyword:"enum",params:{allowedValues: schema41.properties.channel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ids !== undefined){
let data1 = data.ids;
if(Array.isArray(data1)){
if(data1.length > 500){
const err3 = {instancePath:instancePath+"/ids",schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/ids/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err4 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^TK\\d{7}$"},message:"must match pattern \""+"^TK\\d{7}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/ids",schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.filter !== undefined){
let data3 = data.filter;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key0 in data3){
if(typeof data3[key0] !== "string"){
const err7 = {instancePath:instancePath+"/filter/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/filter/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/filter",schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/properties/filter/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1reminders/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"channel":true,"ids":true,"filter":true},"dynamicProps":false,"dynamicItems":false};

export const saveView_body = validate27;
const schema42 = {"$ref":"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema"};
const schema43 = {"type":"object","required":["name","query"],"properties":{"name":{"type":"string","minLength":1,"maxLength":60},"query":{"type":"object","description":"The list's URL parameters.","additionalProperties":{"type":"string"}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.query === undefined){
const err1 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 60){
const err2 = {instancePath:instancePath+"/name",schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/properties/name/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(typeof data1[key0] !== "string"){
const err5 = {instancePath:instancePath+"/query/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/properties/query/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/query",schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1views/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"name":true,"query":true},"dynamicProps":false,"dynamicItems":false};

export const recordVisit_body = validate28;
const schema44 = {"$ref":"openapi#/paths/~1accounts~1{id}~1visits/post/requestBody/content/application~1json/schema"};
const schema45 = {"type":"object","required":["outcome"],"properties":{"outcome":{"$ref":"#/components/schemas/VisitOutcome"},"note":{"type":"string","maxLength":500},"confirmAccountId":{"type":"string","description":"Required with `linked`; must equal the account's id (the officer confirmed naming it)."}}};
const schema46 = {"type":"string","enum":["linked","referred_police","declined","come_back_later"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.outcome === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.outcome !== undefined){
let data0 = data.outcome;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/outcome",schemaPath:"#/components/schemas/VisitOutcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((data0 === "linked") || (data0 === "referred_police")) || (data0 === "declined")) || (data0 === "come_back_later"))){
const err2 = {instancePath:instancePath+"/outcome",schemaPath:"#/components/schemas/VisitOutcome/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.note !== undefined){
let data1 = data.note;
if(typeof data1 === "string"){
if(func1(data1) > 500){
const err3 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.confirmAccountId !== undefined){
if(typeof data.confirmAccountId !== "string"){
const err5 = {instancePath:instancePath+"/confirmAccountId",schemaPath:"#/properties/confirmAccountId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"outcome":true,"note":true,"confirmAccountId":true},"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"outcome":true,"note":true,"confirmAccountId":true},"dynamicProps":false,"dynamicItems":false};

export const requestIdentityCheck_body = validate31;
const schema47 = {"$ref":"openapi#/paths/~1accounts~1{id}~1identity-checks/post/requestBody/content/application~1json/schema"};
const schema48 = {"type":"object","required":["note"],"properties":{"note":{"type":"string","minLength":1,"maxLength":500,"description":"What looks wrong (name, date of birth…)."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.note === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1identity-checks/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.note !== undefined){
let data0 = data.note;
if(typeof data0 === "string"){
if(func1(data0) > 500){
const err1 = {instancePath:instancePath+"/note",schemaPath:"openapi#/paths/~1accounts~1{id}~1identity-checks/post/requestBody/content/application~1json/schema/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/note",schemaPath:"openapi#/paths/~1accounts~1{id}~1identity-checks/post/requestBody/content/application~1json/schema/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/note",schemaPath:"openapi#/paths/~1accounts~1{id}~1identity-checks/post/requestBody/content/application~1json/schema/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1identity-checks/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"note":true},"dynamicProps":false,"dynamicItems":false};

export const mergeAccounts_body = validate32;
const schema49 = {"$ref":"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema"};
const schema50 = {"type":"object","required":["others"],"properties":{"others":{"type":"array","minItems":1,"maxItems":20,"items":{"type":"string","pattern":"^TK\\d{7}$"}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.others === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "others"},message:"must have required property '"+"others"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.others !== undefined){
let data0 = data.others;
if(Array.isArray(data0)){
if(data0.length > 20){
const err1 = {instancePath:instancePath+"/others",schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/properties/others/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/others",schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/properties/others/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err3 = {instancePath:instancePath+"/others/" + i0,schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/properties/others/items/pattern",keyword:"pattern",params:{pattern: "^TK\\d{7}$"},message:"must match pattern \""+"^TK\\d{7}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/others/" + i0,schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/properties/others/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/others",schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/properties/others/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1merge/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"others":true},"dynamicProps":false,"dynamicItems":false};

export const closeAccount_body = validate33;
const schema51 = {"$ref":"openapi#/paths/~1accounts~1{id}~1close/post/requestBody/content/application~1json/schema"};
const schema52 = {"type":"object","required":["reason"],"properties":{"reason":{"$ref":"#/components/schemas/CloseReason"},"note":{"type":"string","maxLength":500}}};
const schema53 = {"type":"string","enum":["deceased","duplicate_elsewhere","no_longer_used","fraudulent","other"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason !== undefined){
let data0 = data.reason;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/reason",schemaPath:"#/components/schemas/CloseReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data0 === "deceased") || (data0 === "duplicate_elsewhere")) || (data0 === "no_longer_used")) || (data0 === "fraudulent")) || (data0 === "other"))){
const err2 = {instancePath:instancePath+"/reason",schemaPath:"#/components/schemas/CloseReason/enum",keyword:"enum",params:{allowedValues: schema53.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.note !== undefined){
let data1 = data.note;
if(typeof data1 === "string"){
if(func1(data1) > 500){
const err3 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"reason":true,"note":true},"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"reason":true,"note":true},"dynamicProps":false,"dynamicItems":false};

export const sendReminder_body = validate36;
const schema54 = {"$ref":"openapi#/paths/~1accounts~1{id}~1reminders/post/requestBody/content/application~1json/schema"};
const schema55 = {"type":"object","required":["channel"],"properties":{"channel":{"type":"string","enum":["sms","portal"]}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1reminders/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/channel",schemaPath:"openapi#/paths/~1accounts~1{id}~1reminders/post/requestBody/content/application~1json/schema/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "sms") || (data0 === "portal"))){
const err2 = {instancePath:instancePath+"/channel",schemaPath:"openapi#/paths/~1accounts~1{id}~1reminders/post/requestBody/content/application~1json/schema/properties/channel/enum",keyword:"enum",params:{allowedValues: schema55.properties.channel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1reminders/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"channel":true},"dynamicProps":false,"dynamicItems":false};

export const withdrawDeskReport_body = validate37;
const schema56 = {"$ref":"openapi#/paths/~1accounts~1{id}~1desk-report~1withdraw/post/requestBody/content/application~1json/schema"};
const schema57 = {"type":"object","required":["reason"],"properties":{"reason":{"type":"string","minLength":1,"maxLength":500}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1desk-report~1withdraw/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reason !== undefined){
let data0 = data.reason;
if(typeof data0 === "string"){
if(func1(data0) > 500){
const err1 = {instancePath:instancePath+"/reason",schemaPath:"openapi#/paths/~1accounts~1{id}~1desk-report~1withdraw/post/requestBody/content/application~1json/schema/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/reason",schemaPath:"openapi#/paths/~1accounts~1{id}~1desk-report~1withdraw/post/requestBody/content/application~1json/schema/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/reason",schemaPath:"openapi#/paths/~1accounts~1{id}~1desk-report~1withdraw/post/requestBody/content/application~1json/schema/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1{id}~1desk-report~1withdraw/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"reason":true},"dynamicProps":false,"dynamicItems":false};

export const createOrganisationAccount_body = validate38;
const schema58 = {"$ref":"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema"};
const schema59 = {"type":"object","required":["taxCode","name","address","communeCode","representative"],"properties":{"taxCode":{"type":"string","pattern":"^\\d{10}(-\\d{3})?$","description":"10 digits, or 10 digits, a dash and a 3-digit branch suffix."},"name":{"type":"string","minLength":1,"maxLength":200},"address":{"type":"string","minLength":1,"maxLength":300},"communeCode":{"type":"string","pattern":"^\\d{5}$"},"email":{"type":"string","format":"email","maxLength":100},"representative":{"type":"object","required":["name","identityNumber","phone"],"properties":{"name":{"type":"string","minLength":1,"maxLength":100},"identityNumber":{"type":"string","pattern":"^\\d{12}$","description":"12-digit CCCD."},"phone":{"type":"string","pattern":"^0\\d{9}$"}}}}};
const pattern7 = new RegExp("^\\d{10}(-\\d{3})?$", "u");
const pattern8 = new RegExp("^\\d{5}$", "u");
const pattern9 = new RegExp("^\\d{12}$", "u");
const pattern10 = new RegExp("^0\\d{9}$", "u");
const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.taxCode === undefined){
const err0 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "taxCode"},message:"must have required property '"+"taxCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.address === undefined){
const err2 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.communeCode === undefined){
const err3 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "communeCode"},message:"must have required property '"+"communeCode"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.representative === undefined){
const err4 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "representative"},message:"must have required property '"+"representative"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.taxCode !== undefined){
let data0 = data.taxCode;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err5 = {instancePath:instancePath+"/taxCode",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/taxCode/pattern",keyword:"pattern",params:{pattern: "^\\d{10}(-\\d{3})?$"},message:"must match pattern \""+"^\\d{10}(-\\d{3})?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/taxCode",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/taxCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 200){
const err7 = {instancePath:instancePath+"/name",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.address !== undefined){
let data2 = data.address;
if(typeof data2 === "string"){
if(func1(data2) > 300){
const err10 = {instancePath:instancePath+"/address",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/address/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 1){
const err11 = {instancePath:instancePath+"/address",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/address/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/address",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.communeCode !== undefined){
let data3 = data.communeCode;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err13 = {instancePath:instancePath+"/communeCode",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/communeCode/pattern",keyword:"pattern",params:{pattern: "^\\d{5}$"},message:"must match pattern \""+"^\\d{5}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/communeCode",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/communeCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.email !== undefined){
let data4 = data.email;
if(typeof data4 === "string"){
if(func1(data4) > 100){
const err15 = {instancePath:instancePath+"/email",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/email/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats2.test(data4))){
const err16 = {instancePath:instancePath+"/email",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/email",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.representative !== undefined){
let data5 = data.representative;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err18 = {instancePath:instancePath+"/representative",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.identityNumber === undefined){
const err19 = {instancePath:instancePath+"/representative",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/required",keyword:"required",params:{missingProperty: "identityNumber"},message:"must have required property '"+"identityNumber"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.phone === undefined){
const err20 = {instancePath:instancePath+"/representative",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.name !== undefined){
let data6 = data5.name;
if(typeof data6 === "string"){
if(func1(data6) > 100){
const err21 = {instancePath:instancePath+"/representative/name",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data6) < 1){
const err22 = {instancePath:instancePath+"/representative/name",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/representative/name",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.identityNumber !== undefined){
let data7 = data5.identityNumber;
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
const err24 = {instancePath:instancePath+"/representative/identityNumber",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/identityNumber/pattern",keyword:"pattern",params:{pattern: "^\\d{12}$"},message:"must match pattern \""+"^\\d{12}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/representative/identityNumber",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/identityNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.phone !== undefined){
let data8 = data5.phone;
if(typeof data8 === "string"){
if(!pattern10.test(data8)){
const err26 = {instancePath:instancePath+"/representative/phone",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/phone/pattern",keyword:"pattern",params:{pattern: "^0\\d{9}$"},message:"must match pattern \""+"^0\\d{9}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/representative/phone",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/representative",schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/properties/representative/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"openapi#/paths/~1accounts~1organisations/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"taxCode":true,"name":true,"address":true,"communeCode":true,"email":true,"representative":true},"dynamicProps":false,"dynamicItems":false};

export const createCitizenAccount_body = validate39;
const schema60 = {"$ref":"openapi#/paths/~1accounts~1citizens/post/requestBody/content/application~1json/schema"};
const schema61 = {"type":"object","required":["fullName","identityNumber","birthDate","phone","communeCode"],"properties":{"fullName":{"type":"string","minLength":1,"maxLength":100},"identityNumber":{"type":"string","pattern":"^\\d{12}$"},"birthDate":{"$ref":"#/components/schemas/IsoDate"},"phone":{"type":"string","pattern":"^0\\d{9}$"},"communeCode":{"type":"string","pattern":"^\\d{5}$"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fullName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fullName"},message:"must have required property '"+"fullName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.identityNumber === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identityNumber"},message:"must have required property '"+"identityNumber"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.birthDate === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "birthDate"},message:"must have required property '"+"birthDate"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.phone === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.communeCode === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "communeCode"},message:"must have required property '"+"communeCode"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.fullName !== undefined){
let data0 = data.fullName;
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err5 = {instancePath:instancePath+"/fullName",schemaPath:"#/properties/fullName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data0) < 1){
const err6 = {instancePath:instancePath+"/fullName",schemaPath:"#/properties/fullName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/fullName",schemaPath:"#/properties/fullName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.identityNumber !== undefined){
let data1 = data.identityNumber;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err8 = {instancePath:instancePath+"/identityNumber",schemaPath:"#/properties/identityNumber/pattern",keyword:"pattern",params:{pattern: "^\\d{12}$"},message:"must match pattern \""+"^\\d{12}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/identityNumber",schemaPath:"#/properties/identityNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.birthDate !== undefined){
let data2 = data.birthDate;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/birthDate",schemaPath:"#/components/schemas/IsoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0.validate(data2))){
const err11 = {instancePath:instancePath+"/birthDate",schemaPath:"#/components/schemas/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/birthDate",schemaPath:"#/components/schemas/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.phone !== undefined){
let data3 = data.phone;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
const err13 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/pattern",keyword:"pattern",params:{pattern: "^0\\d{9}$"},message:"must match pattern \""+"^0\\d{9}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.communeCode !== undefined){
let data4 = data.communeCode;
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
const err15 = {instancePath:instancePath+"/communeCode",schemaPath:"#/properties/communeCode/pattern",keyword:"pattern",params:{pattern: "^\\d{5}$"},message:"must match pattern \""+"^\\d{5}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/communeCode",schemaPath:"#/properties/communeCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"fullName":true,"identityNumber":true,"birthDate":true,"phone":true,"communeCode":true},"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"fullName":true,"identityNumber":true,"birthDate":true,"phone":true,"communeCode":true},"dynamicProps":false,"dynamicItems":false};

export const createNotice_body = validate42;
const schema63 = {"$ref":"openapi#/paths/~1notices/post/requestBody/content/application~1json/schema"};
const schema64 = {"type":"object","required":["docType","subject","bodyHtml","audience"],"properties":{"docType":{"$ref":"#/components/schemas/NoticeDocType"},"subject":{"type":"string","maxLength":300},"bodyHtml":{"type":"string","maxLength":100000,"description":"HTML, sanitised on save: only h2, h3, h4, p, br, strong, b, em, i, u, s, ul, ol, li, a,\nblockquote, table, thead, tbody, tr, th, td are kept; attributes only `href` on links (to\nhttp, https or mailto; a link gets rel=\"noopener noreferrer\" and target=\"_blank\", any other\nhref is dropped) and `colspan`/`rowspan` on cells. What scripts, styles, SVG, MathML,\niframes and the like hold goes with them. Checked BEFORE it is parsed (src/lib/notice-limits.ts):\n- at most 100,000 characters, before and after cleaning (links gain rel and target)\n  (else 400, field `bodyHtml`, code `too_long`);\n- elements nested at most 32 deep (else 400, field `bodyHtml`, code `too_deep`), counted\n  over the tags as written: a start tag opens an element (void elements such as `br`, and\n  `<x/>`, do not), an end tag closes the nearest open element of its name and those inside\n  it (one matching nothing closes nothing), and `li`, `td`/`th`, `tr`, `thead`/`tbody`\n  and a block after an open `p` end the open one as HTML parsers do. Tag-like text in\n  comments counts too.\n"},"number":{"type":"string","maxLength":40},"signerAuthority":{"type":"string","maxLength":80},"signerTitle":{"type":"string","maxLength":80},"signerName":{"type":"string","maxLength":80},"recipients":{"type":"array","items":{"type":"string","maxLength":200}},"related":{"type":"array","items":{"type":"string","maxLength":60}},"audience":{"$ref":"#/components/schemas/NoticeAudience"},"pinned":{"type":"boolean"},"effectiveFrom":{"$ref":"#/components/schemas/IsoDate"},"effectiveUntil":{"oneOf":[{"$ref":"#/components/schemas/IsoDate"},{"type":"null"}]}}};
const schema65 = {"type":"string","enum":["thong_bao","cong_van","huong_dan"]};
const schema66 = {"type":"object","required":["staff","districtCodes","citizens","businesses"],"properties":{"staff":{"type":"string","enum":["all","districts","desks","none"]},"districtCodes":{"type":"array","items":{"type":"string"}},"citizens":{"type":"boolean"},"businesses":{"type":"boolean"}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.docType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "docType"},message:"must have required property '"+"docType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subject === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.bodyHtml === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bodyHtml"},message:"must have required property '"+"bodyHtml"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.audience === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.docType !== undefined){
let data0 = data.docType;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/docType",schemaPath:"#/components/schemas/NoticeDocType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data0 === "thong_bao") || (data0 === "cong_van")) || (data0 === "huong_dan"))){
const err5 = {instancePath:instancePath+"/docType",schemaPath:"#/components/schemas/NoticeDocType/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.subject !== undefined){
let data1 = data.subject;
if(typeof data1 === "string"){
if(func1(data1) > 300){
const err6 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.bodyHtml !== undefined){
let data2 = data.bodyHtml;
if(typeof data2 === "string"){
if(func1(data2) > 100000){
const err8 = {instancePath:instancePath+"/bodyHtml",schemaPath:"#/properties/bodyHtml/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/bodyHtml",schemaPath:"#/properties/bodyHtml/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.number !== undefined){
let data3 = data.number;
if(typeof data3 === "string"){
if(func1(data3) > 40){
const err10 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.signerAuthority !== undefined){
let data4 = data.signerAuthority;
if(typeof data4 === "string"){
if(func1(data4) > 80){
const err12 = {instancePath:instancePath+"/signerAuthority",schemaPath:"#/properties/signerAuthority/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/signerAuthority",schemaPath:"#/properties/signerAuthority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.signerTitle !== undefined){
let data5 = data.signerTitle;
if(typeof data5 === "string"){
if(func1(data5) > 80){
const err14 = {instancePath:instancePath+"/signerTitle",schemaPath:"#/properties/signerTitle/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/signerTitle",schemaPath:"#/properties/signerTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.signerName !== undefined){
let data6 = data.signerName;
if(typeof data6 === "string"){
if(func1(data6) > 80){
const err16 = {instancePath:instancePath+"/signerName",schemaPath:"#/properties/signerName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/signerName",schemaPath:"#/properties/signerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recipients !== undefined){
let data7 = data.recipients;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 200){
const err18 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.related !== undefined){
let data9 = data.related;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func1(data10) > 60){
const err21 = {instancePath:instancePath+"/related/" + i1,schemaPath:"#/properties/related/items/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/related/" + i1,schemaPath:"#/properties/related/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/related",schemaPath:"#/properties/related/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.audience !== undefined){
let data11 = data.audience;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.staff === undefined){
const err24 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "staff"},message:"must have required property '"+"staff"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data11.districtCodes === undefined){
const err25 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "districtCodes"},message:"must have required property '"+"districtCodes"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11.citizens === undefined){
const err26 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "citizens"},message:"must have required property '"+"citizens"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11.businesses === undefined){
const err27 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "businesses"},message:"must have required property '"+"businesses"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11.staff !== undefined){
let data12 = data11.staff;
if(typeof data12 !== "string"){
const err28 = {instancePath:instancePath+"/audience/staff",schemaPath:"#/components/schemas/NoticeAudience/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((data12 === "all") || (data12 === "districts")) || (data12 === "desks")) || (data12 === "none"))){
const err29 = {instancePath:instancePath+"/audience/staff",schemaPath:"#/components/schemas/NoticeAudience/properties/staff/enum",keyword:"enum",params:{allowedValues: schema66.properties.staff.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.districtCodes !== undefined){
let data13 = data11.districtCodes;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
if(typeof data13[i2] !== "string"){
const err30 = {instancePath:instancePath+"/audience/districtCodes/" + i2,schemaPath:"#/components/schemas/NoticeAudience/properties/districtCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/audience/districtCodes",schemaPath:"#/components/schemas/NoticeAudience/properties/districtCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.citizens !== undefined){
if(typeof data11.citizens !== "boolean"){
const err32 = {instancePath:instancePath+"/audience/citizens",schemaPath:"#/components/schemas/NoticeAudience/properties/citizens/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.businesses !== undefined){
if(typeof data11.businesses !== "boolean"){
const err33 = {instancePath:instancePath+"/audience/businesses",schemaPath:"#/components/schemas/NoticeAudience/properties/businesses/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.pinned !== undefined){
if(typeof data.pinned !== "boolean"){
const err35 = {instancePath:instancePath+"/pinned",schemaPath:"#/properties/pinned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.effectiveFrom !== undefined){
let data18 = data.effectiveFrom;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err36 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"#/components/schemas/IsoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats0.validate(data18))){
const err37 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"#/components/schemas/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"#/components/schemas/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.effectiveUntil !== undefined){
let data19 = data.effectiveUntil;
const _errs43 = errors;
let valid11 = false;
let passing0 = null;
const _errs44 = errors;
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err39 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/components/schemas/IsoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(formats0.validate(data19))){
const err40 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/components/schemas/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/components/schemas/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0){
valid11 = true;
passing0 = 0;
}
const _errs47 = errors;
if(data19 !== null){
const err42 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/properties/effectiveUntil/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs47 === errors;
if(_valid0 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err43 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/properties/effectiveUntil/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"docType":true,"subject":true,"bodyHtml":true,"number":true,"signerAuthority":true,"signerTitle":true,"signerName":true,"recipients":true,"related":true,"audience":true,"pinned":true,"effectiveFrom":true,"effectiveUntil":true},"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"docType":true,"subject":true,"bodyHtml":true,"number":true,"signerAuthority":true,"signerTitle":true,"signerName":true,"recipients":true,"related":true,"audience":true,"pinned":true,"effectiveFrom":true,"effectiveUntil":true},"dynamicProps":false,"dynamicItems":false};

export const updateNotice_body = validate45;
const schema69 = {"$ref":"openapi#/paths/~1notices~1{id}/put/requestBody/content/application~1json/schema"};
const schema70 = {"allOf":[{"$ref":"#/components/schemas/NoticeInput"},{"type":"object","required":["baseVersion"],"properties":{"baseVersion":{"type":"integer"}}}]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.docType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "docType"},message:"must have required property '"+"docType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subject === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.bodyHtml === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bodyHtml"},message:"must have required property '"+"bodyHtml"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.audience === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "audience"},message:"must have required property '"+"audience"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.docType !== undefined){
let data0 = data.docType;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/docType",schemaPath:"#/components/schemas/NoticeDocType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data0 === "thong_bao") || (data0 === "cong_van")) || (data0 === "huong_dan"))){
const err5 = {instancePath:instancePath+"/docType",schemaPath:"#/components/schemas/NoticeDocType/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.subject !== undefined){
let data1 = data.subject;
if(typeof data1 === "string"){
if(func1(data1) > 300){
const err6 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.bodyHtml !== undefined){
let data2 = data.bodyHtml;
if(typeof data2 === "string"){
if(func1(data2) > 100000){
const err8 = {instancePath:instancePath+"/bodyHtml",schemaPath:"#/properties/bodyHtml/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/bodyHtml",schemaPath:"#/properties/bodyHtml/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.number !== undefined){
let data3 = data.number;
if(typeof data3 === "string"){
if(func1(data3) > 40){
const err10 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.signerAuthority !== undefined){
let data4 = data.signerAuthority;
if(typeof data4 === "string"){
if(func1(data4) > 80){
const err12 = {instancePath:instancePath+"/signerAuthority",schemaPath:"#/properties/signerAuthority/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/signerAuthority",schemaPath:"#/properties/signerAuthority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.signerTitle !== undefined){
let data5 = data.signerTitle;
if(typeof data5 === "string"){
if(func1(data5) > 80){
const err14 = {instancePath:instancePath+"/signerTitle",schemaPath:"#/properties/signerTitle/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/signerTitle",schemaPath:"#/properties/signerTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.signerName !== undefined){
let data6 = data.signerName;
if(typeof data6 === "string"){
if(func1(data6) > 80){
const err16 = {instancePath:instancePath+"/signerName",schemaPath:"#/properties/signerName/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/signerName",schemaPath:"#/properties/signerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.recipients !== undefined){
let data7 = data.recipients;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 200){
const err18 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.related !== undefined){
let data9 = data.related;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func1(data10) > 60){
const err21 = {instancePath:instancePath+"/related/" + i1,schemaPath:"#/properties/related/items/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/related/" + i1,schemaPath:"#/properties/related/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/related",schemaPath:"#/properties/related/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.audience !== undefined){
let data11 = data.audience;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.staff === undefined){
const err24 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "staff"},message:"must have required property '"+"staff"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data11.districtCodes === undefined){
const err25 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "districtCodes"},message:"must have required property '"+"districtCodes"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11.citizens === undefined){
const err26 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "citizens"},message:"must have required property '"+"citizens"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11.businesses === undefined){
const err27 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/required",keyword:"required",params:{missingProperty: "businesses"},message:"must have required property '"+"businesses"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11.staff !== undefined){
let data12 = data11.staff;
if(typeof data12 !== "string"){
const err28 = {instancePath:instancePath+"/audience/staff",schemaPath:"#/components/schemas/NoticeAudience/properties/staff/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((data12 === "all") || (data12 === "districts")) || (data12 === "desks")) || (data12 === "none"))){
const err29 = {instancePath:instancePath+"/audience/staff",schemaPath:"#/components/schemas/NoticeAudience/properties/staff/enum",keyword:"enum",params:{allowedValues: schema66.properties.staff.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.districtCodes !== undefined){
let data13 = data11.districtCodes;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
if(typeof data13[i2] !== "string"){
const err30 = {instancePath:instancePath+"/audience/districtCodes/" + i2,schemaPath:"#/components/schemas/NoticeAudience/properties/districtCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/audience/districtCodes",schemaPath:"#/components/schemas/NoticeAudience/properties/districtCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.citizens !== undefined){
if(typeof data11.citizens !== "boolean"){
const err32 = {instancePath:instancePath+"/audience/citizens",schemaPath:"#/components/schemas/NoticeAudience/properties/citizens/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.businesses !== undefined){
if(typeof data11.businesses !== "boolean"){
const err33 = {instancePath:instancePath+"/audience/businesses",schemaPath:"#/components/schemas/NoticeAudience/properties/businesses/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/audience",schemaPath:"#/components/schemas/NoticeAudience/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.pinned !== undefined){
if(typeof data.pinned !== "boolean"){
const err35 = {instancePath:instancePath+"/pinned",schemaPath:"#/properties/pinned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.effectiveFrom !== undefined){
let data18 = data.effectiveFrom;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err36 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"#/components/schemas/IsoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats0.validate(data18))){
const err37 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"#/components/schemas/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"#/components/schemas/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.effectiveUntil !== undefined){
let data19 = data.effectiveUntil;
const _errs43 = errors;
let valid11 = false;
let passing0 = null;
const _errs44 = errors;
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err39 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/components/schemas/IsoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(formats0.validate(data19))){
const err40 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/components/schemas/IsoDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/components/schemas/IsoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0){
valid11 = true;
passing0 = 0;
}
const _errs47 = errors;
if(data19 !== null){
const err42 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/properties/effectiveUntil/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs47 === errors;
if(_valid0 && valid11){
valid11 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid11 = true;
passing0 = 1;
}
}
if(!valid11){
const err43 = {instancePath:instancePath+"/effectiveUntil",schemaPath:"#/properties/effectiveUntil/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"docType":true,"subject":true,"bodyHtml":true,"number":true,"signerAuthority":true,"signerTitle":true,"signerName":true,"recipients":true,"related":true,"audience":true,"pinned":true,"effectiveFrom":true,"effectiveUntil":true},"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate47(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.baseVersion === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "baseVersion"},message:"must have required property '"+"baseVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.baseVersion !== undefined){
let data0 = data.baseVersion;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/baseVersion",schemaPath:"#/allOf/1/properties/baseVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"baseVersion":true,"docType":true,"subject":true,"bodyHtml":true,"number":true,"signerAuthority":true,"signerTitle":true,"signerName":true,"recipients":true,"related":true,"audience":true,"pinned":true,"effectiveFrom":true,"effectiveUntil":true},"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"baseVersion":true,"docType":true,"subject":true,"bodyHtml":true,"number":true,"signerAuthority":true,"signerTitle":true,"signerName":true,"recipients":true,"related":true,"audience":true,"pinned":true,"effectiveFrom":true,"effectiveUntil":true},"dynamicProps":false,"dynamicItems":false};

export const mapImportColumns_body = validate50;
const schema76 = {"$ref":"openapi#/paths/~1imports~1{id}~1mapping/put/requestBody/content/application~1json/schema"};
const schema77 = {"type":"object","required":["columns"],"properties":{"columns":{"type":"array","maxItems":200,"items":{"type":"object","required":["index","field"],"properties":{"index":{"type":"integer","minimum":0},"field":{"oneOf":[{"$ref":"#/components/schemas/ImportField"},{"type":"null"}]}}}}}};
const schema78 = {"type":"string","description":"What a column holds. `accountId`: the portal's account id; `identityNumber`: the 12-digit\nCCCD / personal identification number or the old 9-digit CMND (a tax code or passport for\norganisations and foreigners); `unit`: the commune (name, with or without marks, or its\n5-digit code); `registeredOn`: dd/MM/yyyy or an Excel date serial; `kind`: \"Công dân\",\n\"Tổ chức\" / \"Doanh nghiệp\", \"Người nước ngoài\"; `vneidStatus`: linked or not (\"Đã liên kết\",\n\"Chưa liên kết\", \"Có\" / \"Không\", \"x\", 1 / 0…).\n","enum":["accountId","fullName","identityNumber","phone","registeredOn","unit","kind","vneidStatus"]};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.columns === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.columns !== undefined){
let data0 = data.columns;
if(Array.isArray(data0)){
if(data0.length > 200){
const err1 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.index === undefined){
const err2 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.field === undefined){
const err3 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.index !== undefined){
let data2 = data1.index;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err4 = {instancePath:instancePath+"/columns/" + i0+"/index",schemaPath:"#/properties/columns/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/columns/" + i0+"/index",schemaPath:"#/properties/columns/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data1.field !== undefined){
let data3 = data1.field;
const _errs8 = errors;
let valid4 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/columns/" + i0+"/field",schemaPath:"#/components/schemas/ImportField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((((data3 === "accountId") || (data3 === "fullName")) || (data3 === "identityNumber")) || (data3 === "phone")) || (data3 === "registeredOn")) || (data3 === "unit")) || (data3 === "kind")) || (data3 === "vneidStatus"))){
const err7 = {instancePath:instancePath+"/columns/" + i0+"/field",schemaPath:"#/components/schemas/ImportField/enum",keyword:"enum",params:{allowedValues: schema78.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/columns/" + i0+"/field",schemaPath:"#/properties/columns/items/properties/field/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err9 = {instancePath:instancePath+"/columns/" + i0+"/field",schemaPath:"#/properties/columns/items/properties/field/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"columns":true},"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"columns":true},"dynamicProps":false,"dynamicItems":false};

export const commitImport_body = validate53;
const schema79 = {"$ref":"openapi#/paths/~1imports~1{id}~1commit/post/requestBody/content/application~1json/schema"};
const schema80 = {"type":"object","properties":{"skipRejected":{"type":"boolean","default":false,"description":"Write the valid rows and leave the rejected ones out."}}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.skipRejected !== undefined){
if(typeof data.skipRejected !== "boolean"){
const err0 = {instancePath:instancePath+"/skipRejected",schemaPath:"openapi#/paths/~1imports~1{id}~1commit/post/requestBody/content/application~1json/schema/properties/skipRejected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"openapi#/paths/~1imports~1{id}~1commit/post/requestBody/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"skipRejected":true},"dynamicProps":false,"dynamicItems":false};

export const shapes = {"login":{"requestTypes":["application/json"],"requestRequired":true},"logout":{"requestTypes":["application/json"],"requestRequired":false},"getMe":{"requestTypes":[],"requestRequired":false},"getUnits":{"requestTypes":[],"requestRequired":false},"getUnit":{"requestTypes":[],"requestRequired":false},"getPolicy":{"requestTypes":[],"requestRequired":false},"getDemoState":{"requestTypes":[],"requestRequired":false},"setDemoState":{"requestTypes":["application/json"],"requestRequired":true},"resetDemo":{"requestTypes":[],"requestRequired":false},"listDemoUsers":{"requestTypes":[],"requestRequired":false},"getStatsSummary":{"requestTypes":[],"requestRequired":false},"getStatsByUnit":{"requestTypes":[],"requestRequired":false},"getStatsSeries":{"requestTypes":[],"requestRequired":false},"listAccounts":{"requestTypes":[],"requestRequired":false},"exportAccounts":{"requestTypes":[],"requestRequired":false},"sendBulkReminders":{"requestTypes":["application/json"],"requestRequired":true},"getBulkReminderJob":{"requestTypes":[],"requestRequired":false},"listSavedViews":{"requestTypes":[],"requestRequired":false},"saveView":{"requestTypes":["application/json"],"requestRequired":true},"deleteView":{"requestTypes":[],"requestRequired":false},"getAccount":{"requestTypes":[],"requestRequired":false},"revealAccount":{"requestTypes":[],"requestRequired":false},"recordVisit":{"requestTypes":["application/json"],"requestRequired":true},"requestIdentityCheck":{"requestTypes":["application/json"],"requestRequired":true},"mergeAccounts":{"requestTypes":["application/json"],"requestRequired":true},"closeAccount":{"requestTypes":["application/json"],"requestRequired":true},"reopenAccount":{"requestTypes":[],"requestRequired":false},"sendReminder":{"requestTypes":["application/json"],"requestRequired":true},"withdrawDeskReport":{"requestTypes":["application/json"],"requestRequired":true},"createOrganisationAccount":{"requestTypes":["application/json"],"requestRequired":true},"createCitizenAccount":{"requestTypes":["application/json"],"requestRequired":true},"openCitizenAccountForm":{"requestTypes":[],"requestRequired":false},"listNotices":{"requestTypes":[],"requestRequired":false},"createNotice":{"requestTypes":["application/json"],"requestRequired":true},"getNotice":{"requestTypes":[],"requestRequired":false},"updateNotice":{"requestTypes":["application/json"],"requestRequired":true},"publishNotice":{"requestTypes":[],"requestRequired":false},"addNoticeAttachment":{"requestTypes":["multipart/form-data"],"requestRequired":true},"getNoticeAttachment":{"requestTypes":[],"requestRequired":false},"removeNoticeAttachment":{"requestTypes":[],"requestRequired":false},"archiveNotice":{"requestTypes":[],"requestRequired":false},"confirmNotice":{"requestTypes":[],"requestRequired":false},"getNoticeTracking":{"requestTypes":[],"requestRequired":false},"remindNoticeReaders":{"requestTypes":[],"requestRequired":false},"getPublicNotice":{"requestTypes":[],"requestRequired":false},"listImports":{"requestTypes":[],"requestRequired":false},"startImport":{"requestTypes":["multipart/form-data"],"requestRequired":true},"getLatestImport":{"requestTypes":[],"requestRequired":false},"getImport":{"requestTypes":[],"requestRequired":false},"mapImportColumns":{"requestTypes":["application/json"],"requestRequired":true},"downloadRejectedRows":{"requestTypes":[],"requestRequired":false},"commitImport":{"requestTypes":["application/json"],"requestRequired":false},"cancelImport":{"requestTypes":[],"requestRequired":false},"listAudit":{"requestTypes":[],"requestRequired":false},"exportAudit":{"requestTypes":[],"requestRequired":false}};
