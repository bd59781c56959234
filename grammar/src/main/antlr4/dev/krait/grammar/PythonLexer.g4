/*
 * The Python 3.11 lexer. Indentation (INDENT/DEDENT), implicit line joining inside brackets and the
 * suppression of blank lines are done by PythonLexerBase, which post-processes this lexer's raw tokens.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT, NEWLINE }

// Keywords (soft keywords match, case and _ are NAMEs).
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

STRING : STRING_PREFIX? ( LONG_STRING_SQ | LONG_STRING_DQ | SHORT_STRING_SQ | SHORT_STRING_DQ );

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER;

NAME : ID_START ID_CONTINUE*;

// Operators and delimiters (longest first where prefixes overlap).
ELLIPSIS     : '...';
DOT          : '.';
STAR_STAR_EQ : '**=';
SLASH_SLASH_EQ : '//=';
LSHIFT_EQ    : '<<=';
RSHIFT_EQ    : '>>=';
ARROW        : '->';
COLONEQ      : ':=';
PLUS_EQ      : '+=';
MINUS_EQ     : '-=';
STAR_EQ      : '*=';
AT_EQ        : '@=';
SLASH_EQ     : '/=';
PERCENT_EQ   : '%=';
AMP_EQ       : '&=';
PIPE_EQ      : '|=';
CARET_EQ     : '^=';
STAR_STAR    : '**';
SLASH_SLASH  : '//';
LSHIFT       : '<<';
RSHIFT       : '>>';
EQEQ         : '==';
NOTEQ        : '!=';
LTE          : '<=';
GTE          : '>=';
LPAR         : '(' ;
RPAR         : ')' ;
LSQB         : '[' ;
RSQB         : ']' ;
LBRACE       : '{' ;
RBRACE       : '}' ;
COMMA        : ',';
COLON        : ':';
SEMI         : ';';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
PIPE         : '|';
AMP          : '&';
LT           : '<';
GT           : '>';
EQ           : '=';
PERCENT      : '%';
TILDE        : '~';
CARET        : '^';
AT           : '@';

// Physical line ends; the base class decides which become NEWLINE tokens.
NL : '\r'? '\n' | '\r';

LINE_JOIN : '\\' ( '\r'? '\n' | '\r' ) -> channel(HIDDEN);

WS : [ \t\f]+ -> channel(HIDDEN);

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);

// Anything else is reported by the base class with CPython's message.
ERROR_CHAR : . ;

fragment STRING_PREFIX : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR];
fragment SHORT_STRING_SQ : '\'' ( '\\' ( '\r\n' | . ) | ~[\\\r\n'] )* '\'';
fragment SHORT_STRING_DQ : '"' ( '\\' ( '\r\n' | . ) | ~[\\\r\n"] )* '"';
fragment LONG_STRING_SQ : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\'';
fragment LONG_STRING_DQ : '"""' ( '\\' . | ~'\\' )*? '"""';

fragment INTEGER : DEC_INTEGER | OCT_INTEGER | HEX_INTEGER | BIN_INTEGER;
fragment DEC_INTEGER : [1-9] ( '_'? [0-9] )* | '0' ( '_'? '0' )*;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+;
fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+;
fragment DIGIT_PART : [0-9] ( '_'? [0-9] )*;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT : [eE] [+-]? DIGIT_PART;
fragment FLOAT_NUMBER : POINT_FLOAT EXPONENT? | DIGIT_PART EXPONENT;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ];

// Any non-ASCII character may continue a name here; the base class checks them against Python's ID_Start and
// ID_Continue (the Unicode letter classes would make the lexer's ATN, rebuilt at every start, many times larger).
fragment ID_START : [_a-zA-Z\u0080-\u{10FFFF}];
fragment ID_CONTINUE : [_a-zA-Z0-9\u0080-\u{10FFFF}];
