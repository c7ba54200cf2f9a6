global using AbsenceCases.Application.Common.Exceptions;
global using AbsenceCases.Application.Common.Interfaces;
global using FluentValidation;
global using MediatR;
global using Microsoft.EntityFrameworkCore;
global using AbsenceCases.Domain.Common;
