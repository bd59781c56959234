/*
 * The Python 3.11 grammar, in LL form: assignment and deletion targets are parsed as expressions and checked
 * by the AST builder (which also gives CPython's messages for them); soft keywords (match, case, _) are NAMEs
 * recognised by semantic predicates.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; superClass = PythonParserBase; }

file_input : ( NEWLINE | stmt )* EOF ;

eval_input : testlist NEWLINE* EOF ;

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | import_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | yield_stmt
    ;

yield_stmt : yield_expr ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist )
      | ( EQ ( yield_expr | testlist_star_expr ) )*
      )
    ;

annassign : COLON test ( EQ ( yield_expr | testlist_star_expr ) )? ;

augassign
    : PLUS_EQ | MINUS_EQ | STAR_EQ | AT_EQ | SLASH_EQ | PERCENT_EQ | AMP_EQ | PIPE_EQ | CARET_EQ | LSHIFT_EQ
    | RSHIFT_EQ | STAR_STAR_EQ | SLASH_SLASH_EQ
    ;

del_stmt : DEL exprlist ;
pass_stmt : PASS ;
break_stmt : BREAK ;
continue_stmt : CONTINUE ;
return_stmt : RETURN testlist_star_expr? ;
raise_stmt : RAISE ( test ( FROM test )? )? ;
global_stmt : GLOBAL name ( COMMA name )* ;
nonlocal_stmt : NONLOCAL name ( COMMA name )* ;
assert_stmt : ASSERT test ( COMMA test )? ;

import_stmt : import_name | import_from ;
import_name : IMPORT dotted_as_names ;
import_from
    : FROM ( import_dots* dotted_name | import_dots+ ) IMPORT
      ( STAR | LPAR import_as_names COMMA? RPAR | import_as_names )
    ;
import_dots : DOT | ELLIPSIS ;
import_as_name : name ( AS name )? ;
dotted_as_name : dotted_name ( AS name )? ;
import_as_names : import_as_name ( COMMA import_as_name )* ;
dotted_as_names : dotted_as_name ( COMMA dotted_as_name )* ;
dotted_name : name ( DOT name )* ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

async_stmt : ASYNC ( funcdef | with_stmt | for_stmt ) ;

if_stmt : IF namedexpr_test COLON block elif_clause* else_clause? ;
elif_clause : ELIF namedexpr_test COLON block ;
else_clause : ELSE COLON block ;
while_stmt : WHILE namedexpr_test COLON block else_clause? ;
for_stmt : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt
    : TRY COLON block
      ( except_block+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_block : EXCEPT STAR? ( test ( AS name )? )? COLON block ;
finally_clause : FINALLY COLON block ;

with_stmt
    : WITH ( LPAR with_item ( COMMA with_item )* COMMA? RPAR | with_item ( COMMA with_item )* ) COLON block
    ;
with_item : test ( AS expr )? ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

decorated : decorator+ ( classdef | funcdef | async_funcdef ) ;
decorator : AT namedexpr_test NEWLINE ;
async_funcdef : ASYNC funcdef ;
funcdef : DEF name LPAR params? RPAR ( ARROW test )? COLON block ;
params : param ( COMMA param )* COMMA? ;
param
    : name ( COLON test )? ( EQ test )?
    | SLASH
    | STAR ( name ( COLON ( star_expr | test ) )? )?
    | STAR_STAR name ( COLON test )?
    ;
classdef : CLASS name ( LPAR arglist? RPAR )? COLON block ;

// ---------------------------------------------------------------- match statements

match_stmt : {isSoftKeyword("match")}? NAME subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;
subject_expr : star_named_expression COMMA star_named_expressions? | namedexpr_test ;
star_named_expressions : star_named_expression ( COMMA star_named_expression )* COMMA? ;
star_named_expression : star_expr | namedexpr_test ;
case_block : {isSoftKeyword("case")}? NAME patterns guard? COLON block ;
guard : IF namedexpr_test ;
patterns : open_sequence_pattern | pattern ;
pattern : or_pattern ( AS name )? ;
or_pattern : closed_pattern ( PIPE closed_pattern )* ;
closed_pattern
    : literal_pattern
    | value_pattern
    | capture_pattern
    | group_pattern
    | sequence_pattern
    | mapping_pattern
    | class_pattern
    ;
literal_pattern : signed_number | complex_number | strings | NONE | TRUE | FALSE ;
signed_number : MINUS? NUMBER ;
complex_number : signed_number ( PLUS | MINUS ) NUMBER ;
capture_pattern : name ;
value_pattern : name ( DOT name )+ ;
group_pattern : LPAR pattern RPAR ;
sequence_pattern : LSQB maybe_sequence_pattern? RSQB | LPAR open_sequence_pattern? RPAR ;
open_sequence_pattern : maybe_star_pattern COMMA maybe_sequence_pattern? ;
maybe_sequence_pattern : maybe_star_pattern ( COMMA maybe_star_pattern )* COMMA? ;
maybe_star_pattern : star_pattern | pattern ;
star_pattern : STAR name ;
mapping_pattern : LBRACE ( mapping_item ( COMMA mapping_item )* COMMA? )? RBRACE ;
mapping_item : double_star_pattern | key_value_pattern ;
key_value_pattern : ( literal_pattern | value_pattern ) COLON pattern ;
double_star_pattern : STAR_STAR name ;
class_pattern : name ( DOT name )* LPAR ( class_arg ( COMMA class_arg )* COMMA? )? RPAR ;
class_arg : name EQ pattern | pattern ;

// ---------------------------------------------------------------- expressions

namedexpr_test : test ( COLONEQ test )? ;
test : or_test ( IF or_test ELSE test )? | lambdef ;
test_nocond : or_test | lambdef_nocond ;
lambdef : LAMBDA lambda_params? COLON test ;
lambdef_nocond : LAMBDA lambda_params? COLON test_nocond ;
lambda_params : lambda_param ( COMMA lambda_param )* COMMA? ;
lambda_param : name ( EQ test )? | SLASH | STAR name? | STAR_STAR name ;
or_test : and_test ( OR and_test )* ;
and_test : not_test ( AND not_test )* ;
not_test : NOT not_test | comparison ;
comparison : expr ( comp_op expr )* ;
comp_op : LT | GT | EQEQ | GTE | LTE | NOTEQ | IN | NOT IN | IS | IS NOT ;
star_expr : STAR expr ;
expr : xor_expr ( PIPE xor_expr )* ;
xor_expr : and_expr ( CARET and_expr )* ;
and_expr : shift_expr ( AMP shift_expr )* ;
shift_expr : arith_expr ( ( LSHIFT | RSHIFT ) arith_expr )* ;
arith_expr : term ( ( PLUS | MINUS ) term )* ;
term : factor ( ( STAR | AT | SLASH | PERCENT | SLASH_SLASH ) factor )* ;
factor : ( PLUS | MINUS | TILDE ) factor | power ;
power : await_primary ( STAR_STAR factor )? ;
await_primary : AWAIT? atom trailer* ;
atom
    : LPAR ( yield_expr | testlist_comp )? RPAR
    | LSQB testlist_comp? RSQB
    | LBRACE dictorsetmaker? RBRACE
    | name
    | NUMBER
    | strings
    | ELLIPSIS
    | NONE
    | TRUE
    | FALSE
    ;
strings : STRING+ ;
name : NAME ;
testlist_comp : ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ) ;
trailer : LPAR arglist? RPAR | LSQB subscriptlist RSQB | DOT name ;
subscriptlist : subscript ( COMMA subscript )* COMMA? ;
subscript : test? COLON test? ( COLON test? )? | namedexpr_test | star_expr ;
exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;
testlist : test ( COMMA test )* COMMA? ;
testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;
dictorsetmaker
    : ( dict_item ( comp_for | ( COMMA dict_item )* COMMA? ) )
    | ( ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ) )
    ;
dict_item : test COLON test | STAR_STAR expr ;
arglist : argument ( COMMA argument )* COMMA? ;
argument : test comp_for? | name COLONEQ test | name EQ test | STAR_STAR test | STAR test ;
comp_for : ASYNC? FOR exprlist IN or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if : IF test_nocond comp_iter? ;
yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
