// Python 3.11's grammar as a conflict-free LALR(1) Bison grammar.
%require "3.8"
%skeleton "lalr1.cc"
%header
%define api.namespace {coil::front}
%define api.parser.class {Parser}
%define api.token.constructor
%define api.value.type variant
%define api.token.prefix {TOK_}
%define api.location.type {coil::Span}
%define parse.error custom
%define lr.default-reduction consistent
%locations
%param {ParseState& state}
%expect 0

%code requires {
#include "common/span.hpp"
#include "front/ast.hpp"
#include "front/parse_types.hpp"

#include <string_view>
#include <vector>

namespace coil::front {
struct ParseState;
}
}

%code {
#include "front/ast_builder.hpp"
#include "front/lexer.hpp"
#include "front/parse_state.hpp"

#include <cctype>

namespace coil::front {
static Parser::symbol_type yylex(ParseState& state) { return state.lexer->next(); }
}

#define B (*state.builder)
#define CHECK(x) do { if (!(x)) YYABORT; } while (false)
}

%token END 0 "end of file"
%token ERROR "error token"
%token START_FILE START_EXPR START_REPL START_FSTRING
%token <std::string_view> NAME "name"
%token <ast::Expr*> NUMBER "number"
%token STRING "string"
%token NEWLINE "newline" INDENT "indent" DEDENT "dedent"
%token FALSE "'False'" NONE "'None'" TRUE "'True'" AND "'and'" AS "'as'" ASSERT "'assert'"
%token ASYNC "'async'" AWAIT "'await'" BREAK "'break'" CLASS "'class'" CONTINUE "'continue'"
%token DEF "'def'" DEL "'del'" ELIF "'elif'" ELSE "'else'" EXCEPT "'except'"
%token FINALLY "'finally'" FOR "'for'" FROM "'from'" GLOBAL "'global'" IF "'if'"
%token IMPORT "'import'" IN "'in'" IS "'is'" LAMBDA "'lambda'" NONLOCAL "'nonlocal'"
%token NOT "'not'" OR "'or'" PASS "'pass'" RAISE "'raise'" RETURN "'return'" TRY "'try'"
%token WHILE "'while'" WITH "'with'" MATCH "'match'" CASE "'case'" YIELD "'yield'"
%token LPAR "'('" RPAR "')'" LSQB "'['" RSQB "']'" LBRACE "'{'" RBRACE "'}'" WITH_LPAR "'(' "
%token COLON "':'" COMMA "','" SEMI "';'" PLUS "'+'" MINUS "'-'" STAR "'*'" SLASH "'/'"
%token VBAR "'|'" AMPER "'&'" LESS "'<'" GREATER "'>'" EQUAL "'='" DOT "'.'" PERCENT "'%'"
%token EQEQUAL "'=='" NOTEQUAL "'!='" LESSEQUAL "'<='" GREATEREQUAL "'>='" TILDE "'~'"
%token CIRCUMFLEX "'^'" LEFTSHIFT "'<<'" RIGHTSHIFT "'>>'" DOUBLESTAR "'**'"
%token PLUSEQUAL "'+='" MINEQUAL "'-='" STAREQUAL "'*='" SLASHEQUAL "'/='"
%token PERCENTEQUAL "'%='" AMPEREQUAL "'&='" VBAREQUAL "'|='" CIRCUMFLEXEQUAL "'^='"
%token LEFTSHIFTEQUAL "'<<='" RIGHTSHIFTEQUAL "'>>='" DOUBLESTAREQUAL "'**='"
%token DOUBLESLASH "'//'" DOUBLESLASHEQUAL "'//='" AT "'@'" ATEQUAL "'@='" RARROW "'->'"
%token ELLIPSIS "'...'" COLONEQUAL "':='"

%type <std::vector<ast::Stmt*>> file_input stmt simple_stmt small_stmts suite stmts
%type <std::vector<ast::Stmt*>> else_block elif_chain
%type <ast::Stmt*> small_stmt compound_stmt expr_stmt del_stmt flow_stmt import_stmt
%type <ast::Stmt*> global_stmt nonlocal_stmt assert_stmt if_stmt while_stmt for_stmt try_stmt
%type <ast::Stmt*> with_stmt funcdef classdef decorated async_stmt raise_stmt return_stmt
%type <ast::Stmt*> import_name import_from
%type <ast::Expr*> test or_test and_test not_test comparison expr xor_expr and_expr shift_expr
%type <ast::Expr*> arith_expr term factor power await_primary primary atom star_expr
%type <ast::Expr*> namedexpr_test lambdef testlist_star_expr yield_expr exprlist testlist
%type <ast::Expr*> subscript subscript_item subscripts tse_or_yield test_or_star
%type <ast::Expr*> named_or_star opt_test decorator
%type <std::vector<ast::Expr*>> or_chain and_chain decorators tse_items exprlist_items
%type <std::vector<ast::Expr*>> tc_items testlist_items subscript_items set_items assign_chain
%type <std::vector<CompareItem>> comp_chain
%type <ast::CmpOp> comp_op
%type <ast::Operator> augassign
%type <std::vector<Span>> strings
%type <std::vector<ast::Comprehension*>> comp_clauses
%type <ast::Comprehension*> for_clause
%type <std::vector<DictItem>> dict_items
%type <DictItem> dict_item
%type <std::vector<CallArg>> arglist
%type <CallArg> argument
%type <std::vector<ParamItem>> tparams vparams typedargslist varargslist parameters
%type <ParamItem> tparam vparam
%type <ast::Arg*> tfpdef tfpdef_star
%type <std::vector<ast::Alias*>> dotted_as_names import_as_names import_targets
%type <ast::Alias*> dotted_as_name import_as_name
%type <std::string_view> dotted_name
%type <int> dots
%type <std::vector<std::string_view>> name_list
%type <std::vector<ast::WithItem>> with_items
%type <ast::WithItem> with_item
%type <std::vector<HandlerItem>> handlers
%type <HandlerItem> handler
%type <ast::Stmt*> match_stmt
%type <ast::Expr*> subject literal_value signed_number name_or_attr
%type <std::vector<ast::MatchCase*>> case_blocks
%type <ast::MatchCase*> case_block
%type <ast::Pattern*> patterns pattern or_pattern closed_pattern maybe_star
%type <std::vector<ast::Pattern*>> or_alts seq_items seq_body
%type <std::vector<PatternArg>> class_args
%type <PatternArg> class_arg
%type <std::vector<MappingItem>> mapping_items
%type <MappingItem> mapping_item

%%

unit
    : START_FILE file_input              { B.finish_module($2); }
    | START_REPL file_input              { B.finish_module($2); }
    | START_EXPR testlist newlines       { B.finish_expression($2); }
    | START_FSTRING testlist_star_expr newlines { B.finish_expression($2); }
    ;

newlines
    : %empty
    | newlines NEWLINE
    ;

file_input
    : %empty                             { }
    | file_input NEWLINE                 { $$ = std::move($1); }
    | file_input stmt                    { $$ = std::move($1); B.append($$, $2); }
    ;

stmt
    : simple_stmt                        { $$ = std::move($1); }
    | compound_stmt                      { $$.push_back($1); }
    ;

simple_stmt
    : small_stmts NEWLINE                { $$ = std::move($1); }
    | small_stmts SEMI NEWLINE           { $$ = std::move($1);
                                           B.ends_with_semicolon($$.back(), @2); }
    ;

small_stmts
    : small_stmt                         { $$.push_back($1); }
    | small_stmts SEMI small_stmt        { $$ = std::move($1); $$.push_back($3); }
    ;

small_stmt
    : expr_stmt                          { $$ = $1; }
    | del_stmt                           { $$ = $1; }
    | PASS                               { $$ = B.simple(ast::StmtKind::Pass, @$); }
    | flow_stmt                          { $$ = $1; }
    | import_stmt                        { $$ = $1; }
    | global_stmt                        { $$ = $1; }
    | nonlocal_stmt                      { $$ = $1; }
    | assert_stmt                        { $$ = $1; }
    ;

expr_stmt
    : assign_chain                       { $$ = B.expr_or_assign($1, @$); }
    | testlist_star_expr augassign tse_or_yield { $$ = B.aug_assign($1, $2, $3, @$); CHECK($$); }
    | testlist_star_expr COLON test      { $$ = B.ann_assign($1, $3, nullptr, @$); CHECK($$); }
    | testlist_star_expr COLON test EQUAL tse_or_yield
                                         { $$ = B.ann_assign($1, $3, $5, @$); CHECK($$); }
    ;

assign_chain
    : testlist_star_expr                 { $$.push_back($1); }
    | assign_chain EQUAL tse_or_yield    { $$ = std::move($1); $$.push_back($3); }
    ;

tse_or_yield
    : testlist_star_expr                 { $$ = $1; }
    | yield_expr                         { $$ = $1; }
    ;

augassign
    : PLUSEQUAL { $$ = ast::Operator::Add; }
    | MINEQUAL { $$ = ast::Operator::Sub; }
    | STAREQUAL { $$ = ast::Operator::Mult; }
    | ATEQUAL { $$ = ast::Operator::MatMult; }
    | SLASHEQUAL { $$ = ast::Operator::Div; }
    | PERCENTEQUAL { $$ = ast::Operator::Mod; }
    | AMPEREQUAL { $$ = ast::Operator::BitAnd; }
    | VBAREQUAL { $$ = ast::Operator::BitOr; }
    | CIRCUMFLEXEQUAL { $$ = ast::Operator::BitXor; }
    | LEFTSHIFTEQUAL { $$ = ast::Operator::LShift; }
    | RIGHTSHIFTEQUAL { $$ = ast::Operator::RShift; }
    | DOUBLESTAREQUAL { $$ = ast::Operator::Pow; }
    | DOUBLESLASHEQUAL { $$ = ast::Operator::FloorDiv; }
    ;

del_stmt
    : DEL exprlist_items                 { $$ = B.del($2, @$); }
    | DEL exprlist_items COMMA           { $$ = B.del($2, @$); }
    ;

flow_stmt
    : BREAK                              { $$ = B.simple(ast::StmtKind::Break, @$); }
    | CONTINUE                           { $$ = B.simple(ast::StmtKind::Continue, @$); }
    | return_stmt                        { $$ = $1; }
    | raise_stmt                         { $$ = $1; }
    | yield_expr                         { $$ = B.expr_stmt($1, @$); }
    ;

return_stmt
    : RETURN                             { $$ = B.return_stmt(nullptr, @$); }
    | RETURN testlist_star_expr          { $$ = B.return_stmt($2, @$); }
    ;

raise_stmt
    : RAISE                              { $$ = B.raise(nullptr, nullptr, @$); }
    | RAISE test                         { $$ = B.raise($2, nullptr, @$); }
    | RAISE test FROM test               { $$ = B.raise($2, $4, @$); }
    ;

import_stmt
    : import_name                        { $$ = $1; }
    | import_from                        { $$ = $1; }
    ;

import_name
    : IMPORT dotted_as_names             { $$ = B.import($2, @$); }
    ;

import_from
    : FROM dotted_name IMPORT import_targets      { $$ = B.import_from($2, 0, $4, @$); }
    | FROM dots dotted_name IMPORT import_targets { $$ = B.import_from($3, $2, $5, @$); }
    | FROM dots IMPORT import_targets             { $$ = B.import_from({}, $2, $4, @$); }
    ;

dots
    : DOT                                { $$ = 1; }
    | ELLIPSIS                           { $$ = 3; }
    | dots DOT                           { $$ = $1 + 1; }
    | dots ELLIPSIS                      { $$ = $1 + 3; }
    ;

import_targets
    : STAR                               { $$.push_back(B.alias("*", {}, @$)); }
    | LPAR import_as_names RPAR          { $$ = std::move($2); }
    | LPAR import_as_names COMMA RPAR    { $$ = std::move($2); }
    | import_as_names                    { $$ = std::move($1); }
    | import_as_names COMMA              { state.fail("trailing comma not allowed without "
                                                      "surrounding parentheses",
                                                      state.lexer->last_span());
                                           YYABORT; }
    ;

import_as_names
    : import_as_name                     { $$.push_back($1); }
    | import_as_names COMMA import_as_name { $$ = std::move($1); $$.push_back($3); }
    ;

import_as_name
    : NAME                               { $$ = B.alias($1, {}, @$); }
    | NAME AS NAME                       { $$ = B.alias($1, $3, @$); }
    ;

dotted_as_names
    : dotted_as_name                     { $$.push_back($1); }
    | dotted_as_names COMMA dotted_as_name { $$ = std::move($1); $$.push_back($3); }
    ;

dotted_as_name
    : dotted_name                        { $$ = B.alias($1, {}, @$); }
    | dotted_name AS NAME                { $$ = B.alias($1, $3, @$); }
    ;

dotted_name
    : NAME                               { $$ = $1; }
    | dotted_name DOT NAME               { $$ = B.dotted($1, $3); }
    ;

global_stmt
    : GLOBAL name_list                   { $$ = B.global(ast::StmtKind::Global, $2, @$); }
    ;

nonlocal_stmt
    : NONLOCAL name_list                 { $$ = B.global(ast::StmtKind::Nonlocal, $2, @$); }
    ;

name_list
    : NAME                               { $$.push_back($1); }
    | name_list COMMA NAME               { $$ = std::move($1); $$.push_back($3); }
    ;

assert_stmt
    : ASSERT test                        { $$ = B.assert_stmt($2, nullptr, @$); }
    | ASSERT test COMMA test             { $$ = B.assert_stmt($2, $4, @$); }
    ;

compound_stmt
    : if_stmt                            { $$ = $1; }
    | while_stmt                         { $$ = $1; }
    | for_stmt                           { $$ = $1; }
    | try_stmt                           { $$ = $1; }
    | with_stmt                          { $$ = $1; }
    | funcdef                            { $$ = $1; }
    | classdef                           { $$ = $1; }
    | decorated                          { $$ = $1; }
    | async_stmt                         { $$ = $1; }
    | match_stmt                         { $$ = $1; }
    ;

async_stmt
    : ASYNC funcdef                      { $$ = B.make_async($2, @$); }
    | ASYNC with_stmt                    { $$ = B.make_async($2, @$); }
    | ASYNC for_stmt                     { $$ = B.make_async($2, @$); }
    ;

decorated
    : decorators funcdef                 { $$ = B.decorate($1, $2); }
    | decorators ASYNC funcdef           { $$ = B.decorate($1, B.make_async($3, @2 + @3)); }
    | decorators classdef                { $$ = B.decorate($1, $2); }
    ;

decorators
    : decorator                          { $$.push_back($1); }
    | decorators decorator               { $$ = std::move($1); $$.push_back($2); }
    ;

decorator
    : AT namedexpr_test NEWLINE          { $$ = $2; }
    ;

funcdef
    : DEF NAME parameters COLON suite    { $$ = B.funcdef($2, @2, $3, nullptr, $5, @$); CHECK($$); }
    | DEF NAME parameters RARROW test COLON suite
                                         { $$ = B.funcdef($2, @2, $3, $5, $7, @$); CHECK($$); }
    ;

parameters
    : LPAR RPAR                          { }
    | LPAR typedargslist RPAR            { $$ = std::move($2); }
    ;

typedargslist
    : tparams                            { $$ = std::move($1); }
    | tparams COMMA                      { $$ = std::move($1); }
    ;

tparams
    : tparam                             { $$.push_back($1); }
    | tparams COMMA tparam               { $$ = std::move($1); $$.push_back($3); }
    ;

tparam
    : tfpdef                             { $$ = {ParamKind::Plain, $1, nullptr, @$}; }
    | tfpdef EQUAL test                  { $$ = {ParamKind::Plain, $1, $3, @$}; }
    | SLASH                              { $$ = {ParamKind::Slash, nullptr, nullptr, @$}; }
    | STAR                               { $$ = {ParamKind::Star, nullptr, nullptr, @$}; }
    | STAR tfpdef_star                   { $$ = {ParamKind::Star, $2, nullptr, @$}; }
    | STAR tfpdef_star EQUAL test        { $$ = {ParamKind::Star, $2, $4, @$}; }
    | DOUBLESTAR tfpdef                  { $$ = {ParamKind::DoubleStar, $2, nullptr, @$}; }
    | DOUBLESTAR tfpdef EQUAL test       { $$ = {ParamKind::DoubleStar, $2, $4, @$}; }
    ;

tfpdef
    : NAME                               { $$ = B.arg($1, nullptr, @$); }
    | NAME COLON test                    { $$ = B.arg($1, $3, @$); }
    ;

tfpdef_star
    : tfpdef                             { $$ = $1; }
    | NAME COLON star_expr               { $$ = B.arg($1, $3, @$); }
    ;

varargslist
    : vparams                            { $$ = std::move($1); }
    | vparams COMMA                      { $$ = std::move($1); }
    ;

vparams
    : vparam                             { $$.push_back($1); }
    | vparams COMMA vparam               { $$ = std::move($1); $$.push_back($3); }
    ;

vparam
    : NAME                               { $$ = B.param(ParamKind::Plain, $1, @1, nullptr, @$); }
    | NAME EQUAL test                    { $$ = B.param(ParamKind::Plain, $1, @1, $3, @$); }
    | SLASH                              { $$ = {ParamKind::Slash, nullptr, nullptr, @$}; }
    | STAR                               { $$ = {ParamKind::Star, nullptr, nullptr, @$}; }
    | STAR NAME                          { $$ = B.param(ParamKind::Star, $2, @2, nullptr, @$); }
    | STAR NAME EQUAL test               { $$ = B.param(ParamKind::Star, $2, @2, $4, @$); }
    | DOUBLESTAR NAME                    { $$ = B.param(ParamKind::DoubleStar, $2, @2, nullptr,
                                                    @$); }
    | DOUBLESTAR NAME EQUAL test         { $$ = B.param(ParamKind::DoubleStar, $2, @2, $4, @$); }
    ;

classdef
    : CLASS NAME COLON suite             { $$ = B.classdef($2, @2, {}, $4, @$); CHECK($$); }
    | CLASS NAME LPAR RPAR COLON suite   { $$ = B.classdef($2, @2, {}, $6, @$); CHECK($$); }
    | CLASS NAME LPAR arglist RPAR COLON suite
                                         { $$ = B.classdef($2, @2, $4, $7, @$); CHECK($$); }
    | CLASS NAME LPAR arglist COMMA RPAR COLON suite
                                         { $$ = B.classdef($2, @2, $4, $8, @$); CHECK($$); }
    ;

if_stmt
    : IF namedexpr_test COLON suite elif_chain { $$ = B.if_stmt($2, $4, $5, @$); }
    ;

elif_chain
    : %empty                             { }
    | ELIF namedexpr_test COLON suite elif_chain { $$.push_back(B.if_stmt($2, $4, $5, @$)); }
    | ELSE COLON suite                   { $$ = std::move($3); }
    ;

else_block
    : %empty                             { }
    | ELSE COLON suite                   { $$ = std::move($3); }
    ;

while_stmt
    : WHILE namedexpr_test COLON suite else_block { $$ = B.while_stmt($2, $4, $5, @$); }
    ;

for_stmt
    : FOR exprlist IN testlist_star_expr COLON suite else_block
                                         { $$ = B.for_stmt($2, $4, $6, $7, @$); }
    ;

try_stmt
    : TRY COLON suite handlers else_block { $$ = B.try_stmt($3, $4, $5, {}, @$); CHECK($$); }
    | TRY COLON suite handlers else_block FINALLY COLON suite
                                         { $$ = B.try_stmt($3, $4, $5, $8, @$); CHECK($$); }
    | TRY COLON suite FINALLY COLON suite { $$ = B.try_stmt($3, {}, {}, $6, @$); CHECK($$); }
    ;

handlers
    : handler                            { $$.push_back($1); }
    | handlers handler                   { $$ = std::move($1); $$.push_back($2); }
    ;

handler
    : EXCEPT COLON suite                 { $$ = B.handler(false, nullptr, {}, $3, @$); }
    | EXCEPT test COLON suite            { $$ = B.handler(false, $2, {}, $4, @$); }
    | EXCEPT test AS NAME COLON suite    { $$ = B.handler(false, $2, $4, $6, @$); }
    | EXCEPT STAR test COLON suite       { $$ = B.handler(true, $3, {}, $5, @$); }
    | EXCEPT STAR test AS NAME COLON suite { $$ = B.handler(true, $3, $5, $7, @$); }
    ;

with_stmt
    : WITH with_items COLON suite        { $$ = B.with_stmt($2, $4, @$); }
    | WITH WITH_LPAR with_items RPAR COLON suite { $$ = B.with_stmt($3, $6, @$); }
    | WITH WITH_LPAR with_items COMMA RPAR COLON suite { $$ = B.with_stmt($3, $7, @$); }
    | WITH WITH_LPAR yield_expr RPAR COLON suite
                                         { $$ = B.with_stmt({{B.group($3), nullptr}}, $6, @$); }
    | WITH WITH_LPAR namedexpr_test comp_clauses RPAR COLON suite
                                         { ast::Expr* g = B.group(B.genexp($3, $4, @2 + @5));
                                           $$ = B.with_stmt({{g, nullptr}}, $7, @$); }
    ;

with_items
    : with_item                          { $$.push_back($1); }
    | with_items COMMA with_item         { $$ = std::move($1); $$.push_back($3); }
    ;

with_item
    : test                               { $$ = {$1, nullptr}; }
    | test AS expr                       { $$ = {$1, B.store($3)}; }
    ;

suite
    : simple_stmt                        { $$ = std::move($1); }
    | NEWLINE INDENT stmts DEDENT        { $$ = std::move($3); }
    ;

stmts
    : stmt                               { $$ = std::move($1); }
    | stmts stmt                         { $$ = std::move($1); B.append($$, $2); }
    ;

/* The match statement (PEP 634); `match` and `case` are soft keywords the lexer recognises. */

match_stmt
    : MATCH subject COLON NEWLINE INDENT case_blocks DEDENT { $$ = B.match_stmt($2, $6, @$); }
    ;

subject
    : namedexpr_test                     { $$ = $1; }
    | tc_items COMMA                     { $$ = B.tuple($1, @$); }
    | tc_items COMMA named_or_star       { $1.push_back($3); $$ = B.tuple($1, @$); }
    ;

case_blocks
    : case_block                         { $$.push_back($1); }
    | case_blocks case_block             { $$ = std::move($1); $$.push_back($2); }
    ;

case_block
    : CASE patterns COLON suite          { $$ = B.match_case($2, nullptr, $4); }
    | CASE patterns IF namedexpr_test COLON suite { $$ = B.match_case($2, $4, $6); }
    ;

patterns
    : pattern                            { $$ = $1; }
    | maybe_star COMMA                   { $$ = B.match_sequence({$1}, @$); }
    | maybe_star COMMA seq_body          { $3.insert($3.begin(), $1);
                                           $$ = B.match_sequence($3, @$); }
    ;

pattern
    : or_pattern                         { $$ = $1; }
    | or_pattern AS NAME                 { $$ = B.match_as($1, $3, @3, @$); CHECK($$); }
    ;

or_pattern
    : closed_pattern                     { $$ = $1; }
    | or_alts                            { $$ = B.match_or($1, @$); }
    ;

or_alts
    : closed_pattern VBAR closed_pattern { $$.push_back($1); $$.push_back($3); }
    | or_alts VBAR closed_pattern        { $$ = std::move($1); $$.push_back($3); }
    ;

closed_pattern
    : literal_value                      { $$ = B.literal_pattern($1, @$); }
    | name_or_attr                       { $$ = B.name_pattern($1, @$); }
    | name_or_attr LPAR RPAR             { $$ = B.class_pattern($1, {}, @$); CHECK($$); }
    | name_or_attr LPAR class_args RPAR  { $$ = B.class_pattern($1, $3, @$); CHECK($$); }
    | name_or_attr LPAR class_args COMMA RPAR { $$ = B.class_pattern($1, $3, @$); CHECK($$); }
    | LPAR pattern RPAR                  { $$ = $2; }
    | LPAR RPAR                          { $$ = B.match_sequence({}, @$); }
    | LPAR maybe_star COMMA RPAR         { $$ = B.match_sequence({$2}, @$); }
    | LPAR maybe_star COMMA seq_body RPAR { $4.insert($4.begin(), $2);
                                           $$ = B.match_sequence($4, @$); }
    | LSQB RSQB                          { $$ = B.match_sequence({}, @$); }
    | LSQB seq_body RSQB                 { $$ = B.match_sequence($2, @$); }
    | LBRACE RBRACE                      { $$ = B.match_mapping({}, {}, {}, @$); CHECK($$); }
    | LBRACE DOUBLESTAR NAME RBRACE      { $$ = B.match_mapping({}, $3, @3, @$); CHECK($$); }
    | LBRACE DOUBLESTAR NAME COMMA RBRACE { $$ = B.match_mapping({}, $3, @3, @$); CHECK($$); }
    | LBRACE mapping_items RBRACE        { $$ = B.match_mapping($2, {}, {}, @$); CHECK($$); }
    | LBRACE mapping_items COMMA RBRACE  { $$ = B.match_mapping($2, {}, {}, @$); CHECK($$); }
    | LBRACE mapping_items COMMA DOUBLESTAR NAME RBRACE
                                         { $$ = B.match_mapping($2, $5, @5, @$); CHECK($$); }
    | LBRACE mapping_items COMMA DOUBLESTAR NAME COMMA RBRACE
                                         { $$ = B.match_mapping($2, $5, @5, @$); CHECK($$); }
    ;

seq_body
    : seq_items                          { $$ = std::move($1); }
    | seq_items COMMA                    { $$ = std::move($1); }
    ;

seq_items
    : maybe_star                         { $$.push_back($1); }
    | seq_items COMMA maybe_star         { $$ = std::move($1); $$.push_back($3); }
    ;

maybe_star
    : pattern                            { $$ = $1; }
    | STAR NAME                          { $$ = B.match_star($2, @$); }
    ;

literal_value
    : signed_number                      { $$ = $1; }
    | signed_number PLUS NUMBER          { $$ = B.complex_literal($1, ast::Operator::Add, $3, @$);
                                           CHECK($$); }
    | signed_number MINUS NUMBER         { $$ = B.complex_literal($1, ast::Operator::Sub, $3, @$);
                                           CHECK($$); }
    | strings                            { $$ = B.strings($1, @$); CHECK($$); }
    | NONE                               { $$ = B.constant(ast::ConstantKind::None, @$); }
    | TRUE                               { $$ = B.constant(ast::ConstantKind::True, @$); }
    | FALSE                              { $$ = B.constant(ast::ConstantKind::False, @$); }
    ;

signed_number
    : NUMBER                             { $$ = $1; }
    | MINUS NUMBER                       { $$ = B.unary(ast::UnaryOpKind::USub, $2, @$); }
    ;

name_or_attr
    : NAME                               { $$ = B.name($1, @$); }
    | name_or_attr DOT NAME              { $$ = B.attribute($1, $3, @$); }
    ;

class_args
    : class_arg                          { $$.push_back($1); }
    | class_args COMMA class_arg         { $$ = std::move($1); $$.push_back($3); }
    ;

class_arg
    : pattern                            { $$ = {{}, $1, @$}; }
    | NAME EQUAL pattern                 { $$ = {$1, $3, @$}; }
    ;

mapping_items
    : mapping_item                       { $$.push_back($1); }
    | mapping_items COMMA mapping_item   { $$ = std::move($1); $$.push_back($3); }
    ;

mapping_item
    : literal_value COLON pattern        { $$ = {$1, $3}; }
    | name_or_attr COLON pattern         { $$ = {$1, $3}; CHECK(B.mapping_key($1, @2)); }
    ;

/* Expressions, from loosest to tightest binding. */

namedexpr_test
    : test                               { $$ = $1; }
    | test COLONEQUAL test               { $$ = B.named($1, $3, @$); }
    ;

test
    : or_test                            { $$ = $1; }
    | or_test IF or_test ELSE test       { $$ = B.if_exp($3, $1, $5, @$); }
    | lambdef                            { $$ = $1; }
    ;

lambdef
    : LAMBDA COLON test                  { $$ = B.lambda({}, $3, @$); CHECK($$); }
    | LAMBDA varargslist COLON test      { $$ = B.lambda($2, $4, @$); CHECK($$); }
    ;

or_test
    : and_test                           { $$ = $1; }
    | or_chain                           { $$ = B.bool_op(ast::BoolOpKind::Or, $1, @$); }
    ;

or_chain
    : and_test OR and_test               { $$.push_back($1); $$.push_back($3); }
    | or_chain OR and_test               { $$ = std::move($1); $$.push_back($3); }
    ;

and_test
    : not_test                           { $$ = $1; }
    | and_chain                          { $$ = B.bool_op(ast::BoolOpKind::And, $1, @$); }
    ;

and_chain
    : not_test AND not_test              { $$.push_back($1); $$.push_back($3); }
    | and_chain AND not_test             { $$ = std::move($1); $$.push_back($3); }
    ;

not_test
    : NOT not_test                       { $$ = B.unary(ast::UnaryOpKind::Not, $2, @$); }
    | comparison                         { $$ = $1; }
    ;

comparison
    : expr                               { $$ = $1; }
    | expr comp_chain                    { $$ = B.compare($1, $2, @$); }
    ;

comp_chain
    : comp_op expr                       { $$.push_back({$1, $2}); }
    | comp_chain comp_op expr            { $$ = std::move($1); $$.push_back({$2, $3}); }
    ;

comp_op
    : LESS { $$ = ast::CmpOp::Lt; }
    | GREATER { $$ = ast::CmpOp::Gt; }
    | EQEQUAL { $$ = ast::CmpOp::Eq; }
    | GREATEREQUAL { $$ = ast::CmpOp::GtE; }
    | LESSEQUAL { $$ = ast::CmpOp::LtE; }
    | NOTEQUAL { $$ = ast::CmpOp::NotEq; }
    | IN { $$ = ast::CmpOp::In; }
    | NOT IN { $$ = ast::CmpOp::NotIn; }
    | IS { $$ = ast::CmpOp::Is; }
    | IS NOT { $$ = ast::CmpOp::IsNot; }
    ;

star_expr
    : STAR expr                          { $$ = B.starred($2, @$); }
    ;

expr
    : xor_expr                           { $$ = $1; }
    | expr VBAR xor_expr                 { $$ = B.bin($1, ast::Operator::BitOr, $3, @$); }
    ;

xor_expr
    : and_expr                           { $$ = $1; }
    | xor_expr CIRCUMFLEX and_expr       { $$ = B.bin($1, ast::Operator::BitXor, $3, @$); }
    ;

and_expr
    : shift_expr                         { $$ = $1; }
    | and_expr AMPER shift_expr          { $$ = B.bin($1, ast::Operator::BitAnd, $3, @$); }
    ;

shift_expr
    : arith_expr                         { $$ = $1; }
    | shift_expr LEFTSHIFT arith_expr    { $$ = B.bin($1, ast::Operator::LShift, $3, @$); }
    | shift_expr RIGHTSHIFT arith_expr   { $$ = B.bin($1, ast::Operator::RShift, $3, @$); }
    ;

arith_expr
    : term                               { $$ = $1; }
    | arith_expr PLUS term               { $$ = B.bin($1, ast::Operator::Add, $3, @$); }
    | arith_expr MINUS term              { $$ = B.bin($1, ast::Operator::Sub, $3, @$); }
    ;

term
    : factor                             { $$ = $1; }
    | term STAR factor                   { $$ = B.bin($1, ast::Operator::Mult, $3, @$); }
    | term AT factor                     { $$ = B.bin($1, ast::Operator::MatMult, $3, @$); }
    | term SLASH factor                  { $$ = B.bin($1, ast::Operator::Div, $3, @$); }
    | term PERCENT factor                { $$ = B.bin($1, ast::Operator::Mod, $3, @$); }
    | term DOUBLESLASH factor            { $$ = B.bin($1, ast::Operator::FloorDiv, $3, @$); }
    ;

factor
    : PLUS factor                        { $$ = B.unary(ast::UnaryOpKind::UAdd, $2, @$); }
    | MINUS factor                       { $$ = B.unary(ast::UnaryOpKind::USub, $2, @$); }
    | TILDE factor                       { $$ = B.unary(ast::UnaryOpKind::Invert, $2, @$); }
    | power                              { $$ = $1; }
    ;

power
    : await_primary                      { $$ = $1; }
    | await_primary DOUBLESTAR factor    { $$ = B.bin($1, ast::Operator::Pow, $3, @$); }
    ;

await_primary
    : primary                            { $$ = $1; }
    | AWAIT primary                      { $$ = B.await($2, @$); }
    ;

primary
    : atom                               { $$ = $1; }
    | primary DOT NAME                   { $$ = B.attribute($1, $3, @$); }
    | primary LPAR RPAR                  { $$ = B.call($1, {}, @2 + @3, @$); CHECK($$); }
    | primary LPAR arglist RPAR          { $$ = B.call($1, $3, @2 + @4, @$); CHECK($$); }
    | primary LPAR arglist COMMA RPAR    { $$ = B.call($1, $3, {0, 0}, @$); CHECK($$); }
    | primary LSQB subscripts RSQB       { $$ = B.subscript($1, $3, @$); }
    ;

subscripts
    : subscript                          { $$ = $1; }
    | subscript_items COMMA              { $$ = B.tuple($1, @$); }
    | subscript_items COMMA subscript_item { $1.push_back($3); $$ = B.tuple($1, @$); }
    | star_expr                          { $$ = B.tuple({$1}, @$); }
    ;

subscript_items
    : subscript_item                     { $$.push_back($1); }
    | subscript_items COMMA subscript_item { $$ = std::move($1); $$.push_back($3); }
    ;

subscript_item
    : subscript                          { $$ = $1; }
    | star_expr                          { $$ = $1; }
    ;

subscript
    : namedexpr_test                     { $$ = $1; }
    | opt_test COLON opt_test            { $$ = B.slice($1, $3, nullptr, ($1 ? @1 : @2) + @$); }
    | opt_test COLON opt_test COLON opt_test { $$ = B.slice($1, $3, $5, ($1 ? @1 : @2) + @$); }
    ;

opt_test
    : %empty                             { $$ = nullptr; }
    | test                               { $$ = $1; }
    ;

atom
    : NAME                               { $$ = B.name($1, @$); }
    | NUMBER                             { $$ = $1; }
    | strings                            { $$ = B.strings($1, @$); CHECK($$); }
    | ELLIPSIS                           { $$ = B.constant(ast::ConstantKind::Ellipsis, @$); }
    | NONE                               { $$ = B.constant(ast::ConstantKind::None, @$); }
    | TRUE                               { $$ = B.constant(ast::ConstantKind::True, @$); }
    | FALSE                              { $$ = B.constant(ast::ConstantKind::False, @$); }
    | LPAR RPAR                          { $$ = B.tuple({}, @$); }
    | LPAR yield_expr RPAR               { $$ = B.group($2); }
    | LPAR namedexpr_test RPAR           { $$ = B.group($2); }
    | LPAR star_expr RPAR                { $$ = B.group($2); CHECK($$); }
    | LPAR tc_items COMMA RPAR           { $$ = B.group(B.tuple($2, @$)); }
    | LPAR tc_items COMMA named_or_star RPAR
                                         { $2.push_back($4); $$ = B.group(B.tuple($2, @$)); }
    | LPAR namedexpr_test comp_clauses RPAR { $$ = B.group(B.genexp($2, $3, @$)); }
    | LSQB RSQB                          { $$ = B.list({}, @$); }
    | LSQB tc_items RSQB                 { $$ = B.list($2, @$); }
    | LSQB tc_items COMMA RSQB           { $$ = B.list($2, @$); }
    | LSQB namedexpr_test comp_clauses RSQB
                               { $$ = B.comp(ast::ExprKind::ListComp, $2, nullptr, $3, @$); }
    | LSQB star_expr comp_clauses RSQB   { B.fail("iterable unpacking cannot be used in "
                                                  "comprehension", @2); YYABORT; }
    | LPAR star_expr comp_clauses RPAR   { B.fail("iterable unpacking cannot be used in "
                                                  "comprehension", @2); YYABORT; }
    | LBRACE star_expr comp_clauses RBRACE { B.fail("iterable unpacking cannot be used in "
                                                    "comprehension", @2); YYABORT; }
    | LBRACE DOUBLESTAR expr comp_clauses RBRACE
                                         { B.fail("dict unpacking cannot be used in dict "
                                                  "comprehension", @2); YYABORT; }
    | LBRACE RBRACE                      { $$ = B.dict({}, @$); }
    | LBRACE dict_items RBRACE           { $$ = B.dict($2, @$); }
    | LBRACE dict_items COMMA RBRACE     { $$ = B.dict($2, @$); }
    | LBRACE test COLON test comp_clauses RBRACE
                                         { $$ = B.comp(ast::ExprKind::DictComp, $2, $4, $5, @$); }
    | LBRACE set_items RBRACE            { $$ = B.set($2, @$); }
    | LBRACE set_items COMMA RBRACE      { $$ = B.set($2, @$); }
    | LBRACE namedexpr_test comp_clauses RBRACE
                               { $$ = B.comp(ast::ExprKind::SetComp, $2, nullptr, $3, @$); }
    ;

tc_items
    : named_or_star                      { $$.push_back($1); }
    | tc_items COMMA named_or_star       { $$ = std::move($1); $$.push_back($3); }
    ;

named_or_star
    : namedexpr_test                     { $$ = $1; }
    | star_expr                          { $$ = $1; }
    ;

set_items
    : named_or_star                      { $$.push_back($1); }
    | set_items COMMA named_or_star      { $$ = std::move($1); $$.push_back($3); }
    ;

dict_items
    : dict_item                          { $$.push_back($1); }
    | dict_items COMMA dict_item         { $$ = std::move($1); $$.push_back($3); }
    ;

dict_item
    : test COLON test                    { $$ = {$1, $3}; }
    | DOUBLESTAR expr                    { $$ = {nullptr, $2}; }
    ;

strings
    : STRING                             { $$.push_back(@1); }
    | strings STRING                     { $$ = std::move($1); $$.push_back(@2); }
    ;

comp_clauses
    : for_clause                         { $$.push_back($1); }
    | comp_clauses for_clause            { $$ = std::move($1); $$.push_back($2); }
    | comp_clauses IF or_test            { $$ = std::move($1); B.add_if($$, $3); }
    ;

for_clause
    : FOR exprlist IN or_test            { $$ = B.comprehension($2, $4, false); }
    | ASYNC FOR exprlist IN or_test      { $$ = B.comprehension($3, $5, true); }
    ;

arglist
    : argument                           { $$.push_back($1); }
    | arglist COMMA argument             { $$ = std::move($1); $$.push_back($3); }
    ;

argument
    : test                               { $$ = {CallArgKind::Positional, $1, nullptr, @$}; }
    | test comp_clauses                  { $$ = {CallArgKind::Generator, B.genexp($1, $2, @$),
                                                 nullptr, @$}; }
    | test COLONEQUAL test               { $$ = {CallArgKind::Positional, B.named($1, $3, @$),
                                                 nullptr, @$}; }
    | test EQUAL test                    { $$ = {CallArgKind::Keyword, $3, $1, @$}; }
    | STAR test                          { $$ = {CallArgKind::Positional, B.starred($2, @$),
                                                 nullptr, @$}; }
    | DOUBLESTAR test                    { $$ = {CallArgKind::DoubleStar, $2, nullptr, @$}; }
    ;

exprlist
    : exprlist_items                     { $$ = B.maybe_tuple($1, false, @$); }
    | exprlist_items COMMA               { $$ = B.maybe_tuple($1, true, @$); }
    ;

exprlist_items
    : expr                               { $$.push_back($1); }
    | star_expr                          { $$.push_back($1); }
    | exprlist_items COMMA expr          { $$ = std::move($1); $$.push_back($3); }
    | exprlist_items COMMA star_expr     { $$ = std::move($1); $$.push_back($3); }
    ;

testlist
    : testlist_items                     { $$ = B.maybe_tuple($1, false, @$); }
    | testlist_items COMMA               { $$ = B.maybe_tuple($1, true, @$); }
    ;

testlist_items
    : test                               { $$.push_back($1); }
    | testlist_items COMMA test          { $$ = std::move($1); $$.push_back($3); }
    ;

testlist_star_expr
    : tse_items                          { $$ = B.maybe_tuple($1, false, @$); }
    | tse_items COMMA                    { $$ = B.maybe_tuple($1, true, @$); }
    ;

tse_items
    : test_or_star                       { $$.push_back($1); }
    | tse_items COMMA test_or_star       { $$ = std::move($1); $$.push_back($3); }
    ;

test_or_star
    : test                               { $$ = $1; }
    | star_expr                          { $$ = $1; }
    ;

yield_expr
    : YIELD                              { $$ = B.yield(nullptr, @$); }
    | YIELD FROM test                    { $$ = B.yield_from($3, @$); }
    | YIELD testlist_star_expr           { $$ = B.yield($2, @$); }
    ;

%%

namespace coil::front {

namespace {

bool is_expression_symbol(Parser::symbol_kind_type k) {
    using S = Parser::symbol_kind;
    switch (k) {
    case S::S_test: case S::S_or_test: case S::S_and_test: case S::S_not_test:
    case S::S_comparison: case S::S_expr: case S::S_xor_expr: case S::S_and_expr:
    case S::S_shift_expr: case S::S_arith_expr: case S::S_term: case S::S_factor:
    case S::S_power: case S::S_await_primary: case S::S_primary: case S::S_atom:
    case S::S_or_chain: case S::S_and_chain: case S::S_NAME: case S::S_NUMBER:
    case S::S_strings: case S::S_STRING:
        return true;
    default:
        return false;
    }
}

bool starts_expression(Parser::symbol_kind_type k) {
    using S = Parser::symbol_kind;
    switch (k) {
    case S::S_NAME: case S::S_NUMBER: case S::S_STRING: case S::S_LPAR: case S::S_LSQB:
    case S::S_LBRACE: case S::S_MINUS: case S::S_PLUS: case S::S_TILDE: case S::S_NOT:
    case S::S_LAMBDA: case S::S_AWAIT: case S::S_TRUE: case S::S_FALSE: case S::S_NONE:
    case S::S_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

// The wording of "expected an indented block after ..." for the line that opened the block.
std::string block_description(const LineOpener& opener) {
    using T = Parser::token;
    switch (opener.kind) {
    case T::TOK_DEF: return "function definition";
    case T::TOK_CLASS: return "class definition";
    case T::TOK_IF: return "'if' statement";
    case T::TOK_ELIF: return "'elif' statement";
    case T::TOK_ELSE: return "'else' statement";
    case T::TOK_WHILE: return "'while' statement";
    case T::TOK_FOR: return "'for' statement";
    case T::TOK_WITH: return "'with' statement";
    case T::TOK_TRY: return "'try' statement";
    case T::TOK_EXCEPT: return opener.star ? "'except*' statement" : "'except' statement";
    case T::TOK_FINALLY: return "'finally' statement";
    case T::TOK_MATCH: return "'match' statement";
    case T::TOK_CASE: return "'case' statement";
    default: return "";
    }
}

} // namespace

void Parser::report_syntax_error(const context& ctx) const {
    Lexer& lexer = *state.lexer;
    if (lexer.error()) {
        state.fail(lexer.error()->kind, lexer.error()->message, lexer.error()->span);
        state.from_tokenizer = true;
        return;
    }
    if (lexer.wants_more()) {
        state.incomplete = true;
        return;
    }
    symbol_kind_type expected[YYNTOKENS];
    const int n = ctx.expected_tokens(expected, YYNTOKENS);
    const symbol_kind_type tok = ctx.token();
    const Span loc = ctx.location();
    const bool wants_indent = n == 1 && expected[0] == symbol_kind::S_INDENT;
    // Interactive input that fails only once all of it has been read needs more lines.
    if (state.mode == ParseMode::Interactive && lexer.eof_reached()) {
        state.incomplete = true;
        return;
    }
    if (wants_indent) {
        const LineOpener& opener = lexer.previous_line();
        const std::string what = block_description(opener);
        const std::string where =
            what.empty() ? std::string()
                         : " after " + what + " on line " +
                               std::to_string(state.file.locate(opener.offset).line);
        // At end of input CPython's file runs report no column; the renderer shows that for
        // a diagnostic at the very end of the file.
        const bool at_end = tok == symbol_kind::S_YYEOF || lexer.eof_reached();
        const uint32_t size = state.file.size();
        state.fail(SyntaxErrorKind::IndentationError, "expected an indented block" + where,
                   at_end ? Span{size, size} : loc);
        return;
    }
    bool expects_handler = false;
    for (int i = 0; i < n; ++i)
        if (expected[i] == symbol_kind::S_FINALLY) expects_handler = true;
    // Dedents and the end marker have no column in CPython's file mode.
    const bool no_column = tok == symbol_kind::S_YYEOF || tok == symbol_kind::S_DEDENT;
    if (expects_handler && tok != symbol_kind::S_EXCEPT) {
        const char* message = "expected 'except' or 'finally' block";
        if (no_column) return state.fail_without_column(message, loc);
        state.fail(message, loc);
        return;
    }
    if (tok == symbol_kind::S_INDENT || tok == symbol_kind::S_DEDENT) {
        state.fail(SyntaxErrorKind::IndentationError,
                   tok == symbol_kind::S_INDENT ? "unexpected indent" : "unexpected unindent", loc);
        state.rescan = false;
        return;
    }
    bool expects_colon = false;
    for (int i = 0; i < n; ++i)
        if (expected[i] == symbol_kind::S_COLON) expects_colon = true;
    if (tok == symbol_kind::S_NEWLINE && expects_colon &&
        !block_description(lexer.current_line()).empty()) {
        state.fail("expected ':'", loc);
        return;
    }
    const int depth = static_cast<int>(yystack_.size());
    if (tok == symbol_kind::S_EQUAL && depth >= 2 && is_expression_symbol(yystack_[0].kind()) &&
        (yystack_[1].kind() == symbol_kind::S_IF || yystack_[1].kind() == symbol_kind::S_ELIF ||
         yystack_[1].kind() == symbol_kind::S_WHILE)) {
        const Span target = yystack_[0].location;
        bool plain_name = target.end > target.begin;
        for (uint32_t i = target.begin; i < target.end; ++i) {
            const unsigned char c = static_cast<unsigned char>(state.file.text()[i]);
            if (!(std::isalnum(c) || c == '_' || c >= 0x80)) plain_name = false;
        }
        if (plain_name) {
            state.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                       {target.begin, lexer.peek_end()});
            return;
        }
    }
    if (depth >= 2 && yystack_[0].kind() == symbol_kind::S_AS &&
        yystack_[1].kind() == symbol_kind::S_or_pattern && starts_expression(tok) &&
        tok != symbol_kind::S_NAME) {
        state.fail("invalid pattern target", loc);
        return;
    }
    if (tok == symbol_kind::S_RBRACE && depth >= 3 && yystack_[0].kind() == symbol_kind::S_COLON &&
        is_expression_symbol(yystack_[1].kind()) &&
        (yystack_[2].kind() == symbol_kind::S_LBRACE ||
         yystack_[2].kind() == symbol_kind::S_COMMA)) {
        state.fail("expression expected after dictionary key and ':'", yystack_[0].location);
        return;
    }
    if (depth >= 3 && yystack_[1].kind() == symbol_kind::S_IF &&
        is_expression_symbol(yystack_[0].kind()) && is_expression_symbol(yystack_[2].kind()) &&
        tok != symbol_kind::S_ELSE) {
        state.fail("expected 'else' after 'if' expression",
                   {yystack_[2].location.begin, yystack_[0].location.end});
        return;
    }
    if (depth >= 1 && is_expression_symbol(yystack_[0].kind()) && starts_expression(tok) &&
        tok != symbol_kind::S_LPAR) {
        const Span name = yystack_[0].location;
        const std::string_view word =
            state.file.text().substr(name.begin, name.end - name.begin);
        if (word == "print" || word == "exec") {
            const std::string_view text = state.file.text();
            uint32_t end = loc.end;
            while (end < text.size() && text[end] != '\n' && text[end] != '\r' && text[end] != '#')
                ++end;
            while (end > loc.end && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
            state.fail("Missing parentheses in call to '" + std::string(word) +
                           "'. Did you mean " + std::string(word) + "(...)?",
                       {name.begin, end});
            return;
        }
    }
    const bool opens = tok == symbol_kind::S_LPAR || tok == symbol_kind::S_LSQB ||
                       tok == symbol_kind::S_LBRACE;
    bool continues_expression = false;
    for (int i = 0; i < n; ++i)
        if (expected[i] == symbol_kind::S_DOT) continues_expression = true;
    if (lexer.bracket_depth() > (opens ? 1u : 0u) && starts_expression(tok) && depth >= 1 &&
        continues_expression &&
        is_expression_symbol(yystack_[0].kind()) &&
        !(yystack_[0].kind() == symbol_kind::S_NAME && tok == symbol_kind::S_STRING)) {
        state.fail("invalid syntax. Perhaps you forgot a comma?",
                   {yystack_[0].location.begin, loc.end});
        return;
    }
    if (no_column) return state.fail_without_column("invalid syntax", loc);
    state.fail("invalid syntax", loc);
}

void Parser::error(const location_type& loc, const std::string& msg) {
    state.fail(msg, loc);
}

} // namespace coil::front
