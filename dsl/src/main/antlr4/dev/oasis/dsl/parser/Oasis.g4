/*
 * The grammar of the Oasis protocol language.
 *
 * A program is a list of imports followed by top-level declarations: types (header, struct,
 * enum, typedef, const, error), the packet's header instances and metadata, stateful externs
 * (counter, register, map), actions, tables, and exactly one parser, control and (optional)
 * deparser. docs/language.md is the user's reference; this file is the syntax only. Everything
 * the grammar accepts loosely (match kinds, property names, which statements a block allows) is
 * checked by the compiler, so that errors name the construct in words rather than tokens.
 */
grammar Oasis;

// Imports belong before the declarations; the front end reports one that comes later, rather than
// the grammar rejecting it with a token-level message.
program
    : (importDecl | declaration)* EOF
    ;

importDecl
    : 'import' qualifiedName ';'   # importModule
    | 'import' STRING ';'          # importFile
    ;

qualifiedName
    : IDENT ('.' IDENT)*
    ;

declaration
    : constDecl
    | typedefDecl
    | enumDecl
    | errorDecl
    | headerDecl
    | structDecl
    | configDecl
    | headersDecl
    | metadataDecl
    | counterDecl
    | registerDecl
    | mapDecl
    | actionDecl
    | tableDecl
    | parserDecl
    | controlDecl
    | deparserDecl
    ;

// ---------------------------------------------------------------------------------------------
// Types and constants

constDecl
    : 'const' type name '=' expression ';'
    ;

typedefDecl
    : 'typedef' type name ';'
    ;

enumDecl
    : 'enum' type name '{' enumMember (',' enumMember)* ','? '}'
    ;

enumMember
    : name '=' expression
    ;

errorDecl
    : 'error' '{' name (',' name)* ','? '}'
    ;

headerDecl
    : 'header' name '{' headerField* '}'
    ;

headerField
    : type name ';'                                          # fixedField
    | 'bytes' '<' primary '>' name '[' expression ']' ';'    # variableField
    ;

structDecl
    : 'struct' name '{' structField* '}'
    ;

structField
    : type name ';'
    ;

// A width is a literal, a constant's name or a parenthesized expression: a bare expression could
// swallow the closing '>' as a comparison and make every later syntax error look like a bad type.
type
    : 'bit' '<' primary '>'      # bitType
    | 'bool'                     # boolType
    | name                       # namedType
    ;

// ---------------------------------------------------------------------------------------------
// Program configuration, header instances and metadata

configDecl
    : 'config' '{' property* '}'
    ;

property
    : name '=' expression ';'
    ;

headersDecl
    : 'headers' '{' headerInstance* '}'
    ;

headerInstance
    : name name ('[' expression ']')? ';'
    ;

metadataDecl
    : 'metadata' '{' structField* '}'
    ;

// ---------------------------------------------------------------------------------------------
// Stateful externs

counterDecl
    : 'counter' name '[' expression ']' ';'
    ;

registerDecl
    : 'register' '<' type '>' name '[' expression ']' ';'
    ;

mapDecl
    : 'map' '<' type ',' type '>' name '{' property* '}'
    ;

// ---------------------------------------------------------------------------------------------
// Actions and tables

actionDecl
    : 'action' name '(' (parameter (',' parameter)*)? ')' block
    ;

parameter
    : type name
    ;

tableDecl
    : 'table' name '{' tableProperty* '}'
    ;

tableProperty
    : 'key' '{' keyElement* '}'                     # keyProperty
    | 'actions' '{' (name ';')* '}'                 # actionsProperty
    | 'default_action' '=' actionRef ';'            # defaultActionProperty
    | 'entries' '{' tableEntry* '}'                 # entriesProperty
    | name '=' expression ';'                       # valueProperty
    ;

keyElement
    : expression ':' name ('as' name)? ';'
    ;

actionRef
    : name ('(' (expression (',' expression)*)? ')')?
    ;

tableEntry
    : keyset ':' actionRef ('priority' expression)? ';'
    ;

keyset
    : '(' keyValue (',' keyValue)* ')'
    | keyValue
    ;

keyValue
    : '_'                            # wildcardKey
    | 'default'                      # defaultKey
    | expression '&&&' expression    # maskKey
    | expression '..' expression     # rangeKey
    | expression                     # valueKey
    ;

// ---------------------------------------------------------------------------------------------
// Parser, control and deparser

parserDecl
    : 'parser' '{' parserState* '}'
    ;

parserState
    : 'state' name '{' statement* transition '}'
    ;

transition
    : 'transition' stateRef ';'                                       # directTransition
    | 'transition' 'select' '(' expressionList ')' '{' selectCase* '}' # selectTransition
    ;

selectCase
    : keyset ':' stateRef ';'
    ;

stateRef
    : 'reject' ('(' expression ')')?    # rejectRef
    | name                              # stateName
    ;

controlDecl
    : 'control' block
    ;

deparserDecl
    : 'deparser' '{' statement* '}'
    ;

// ---------------------------------------------------------------------------------------------
// Statements

block
    : '{' statement* '}'
    ;

statement
    : block                                                      # blockStatement
    | 'if' '(' expression ')' statement ('else' statement)?      # ifStatement
    | 'switch' '(' expression ')' '{' switchCase* '}'            # switchStatement
    | type name ('=' expression)? ';'                            # variableStatement
    | 'emit' '(' expression ')' ';'                              # emitStatement
    | 'return' ';'                                               # returnStatement
    | expression ('=' expression)? ';'                           # expressionStatement
    | ';'                                                        # emptyStatement
    ;

switchCase
    : (name | 'default') ':' block
    ;

// ---------------------------------------------------------------------------------------------
// Expressions, highest precedence first

expression
    : primary                                                     # primaryExpr
    | expression '.' name                                         # memberExpr
    | expression '[' expression ']'                               # indexExpr
    | expression '[' expression ':' expression ']'                # sliceExpr
    | expression '(' expressionList? ')'                          # callExpr
    | '(' type ')' expression                                     # castExpr
    | op=('!' | '~' | '-') expression                             # unaryExpr
    | expression op=('*' | '/' | '%') expression                  # binaryExpr
    | expression op=('+' | '-') expression                        # binaryExpr
    | expression op='++' expression                               # binaryExpr
    | expression (op='<<' | gt='>' '>') expression                # shiftExpr
    | expression op=('<' | '<=' | '>' | '>=') expression          # binaryExpr
    | expression op=('==' | '!=') expression                      # binaryExpr
    | expression op='&' expression                                # binaryExpr
    | expression op='^' expression                                # binaryExpr
    | expression op='|' expression                                # binaryExpr
    | expression op='&&' expression                               # binaryExpr
    | expression op='||' expression                               # binaryExpr
    | <assoc=right> expression '?' expression ':' expression      # conditionalExpr
    ;

primary
    : INT                                   # intLiteral
    | IPV4                                  # ipv4Literal
    | MAC                                   # macLiteral
    | STRING                                # stringLiteral
    | ('true' | 'false')                    # boolLiteral
    | 'lookahead' '<' type '>' '(' ')'      # lookaheadExpr
    | 'error' '.' name                      # errorLiteral
    | name                                  # nameExpr
    | '(' expression ')'                    # parenExpr
    ;

expressionList
    : expression (',' expression)*
    ;

// Keywords that are also common field names stay usable as names. 'emit' and 'transition' are
// not among them: as names they would make a statement and a state's transition look alike.
name
    : IDENT
    | 'key' | 'actions' | 'entries' | 'default_action' | 'priority' | 'state' | 'select'
    | 'counter' | 'register' | 'map' | 'config' | 'headers' | 'metadata' | 'as' | 'bytes'
    | 'lookahead' | 'table' | 'action' | 'parser' | 'control' | 'deparser'
    ;

// ---------------------------------------------------------------------------------------------
// Lexer

IPV4    : DEC_OCTET '.' DEC_OCTET '.' DEC_OCTET '.' DEC_OCTET ;
MAC     : HEX2 ':' HEX2 ':' HEX2 ':' HEX2 ':' HEX2 ':' HEX2 ;
INT     : (DIGITS 'w')? ('0x' [0-9a-fA-F_]* | '0b' [01_]* | [0-9] [0-9_]*) ;
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]* ;
STRING  : '"' STRING_CHAR* '"' ;

WS           : [ \t\r\n\f]+ -> channel(HIDDEN) ;
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN) ;

// Error tokens. Each is shorter than the well-formed token whenever that one matches, so the
// lexer only picks it for broken input; the front end reports it and keeps going
// (dev.oasis.dsl.parse.CheckedTokenSource).
// A string that reaches the end of the line without its closing quote:
UNTERMINATED_STRING : '"' STRING_CHAR* '\\'? ;
// A block comment that reaches the end of the file: it can never contain "*/".
UNCLOSED_COMMENT    : '/*' (~'*' | '*'+ ~[*/])* '*'* ;
// Any other character.
UNEXPECTED_CHAR     : . ;

fragment STRING_CHAR : ~["\\\r\n] | '\\' ~[\r\n] ;

fragment DIGITS    : [0-9]+ ;
fragment DEC_OCTET : [0-9] [0-9]? [0-9]? ;
fragment HEX2      : [0-9a-fA-F] [0-9a-fA-F] ;
