global using AbsenceCases.Application.Common.Exceptions;
global using AbsenceCases.Application.Common.Interfaces;
global using MediatR;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using AbsenceCases.Domain.Common;
